"use client";

import { useState } from "react";
import { createResetLinkAction, setUserDisabledAction } from "@/app/actions/admin";
import { fieldErrorClass } from "../ui/field";
import { useActionRunner } from "../ui/use-action-runner";

export function UserRowActions({ userId, email, disabled }: { userId: string; email: string; disabled: boolean }) {
  const { run, pending, failure } = useActionRunner();
  const [link, setLink] = useState<string | null>(null);
  return (
    <div className="button-row">
      <button type="button" className={disabled ? "secondary" : "secondary danger"} disabled={pending} onClick={() => run(() => setUserDisabledAction({ userId, disabled: !disabled }))}>
        {disabled ? "Enable" : "Disable"}
        <span className="visually-hidden"> {email}</span>
      </button>
      <button
        type="button"
        className="secondary"
        disabled={pending}
        onClick={() => run(() => createResetLinkAction({ userId }), (data) => setLink(`${window.location.origin}${data.path}`))}
      >
        Reset link<span className="visually-hidden"> for {email}</span>
      </button>
      {link && (
        <span role="status">
          Single-use link, valid 48 hours (shown once): <code className="reset-link">{link}</code>
        </span>
      )}
      {failure && (
        <span role="alert" className={fieldErrorClass}>
          {failure.message}
        </span>
      )}
    </div>
  );
}
