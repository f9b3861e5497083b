"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createResetLinkAction, setUserDisabledAction } from "@/app/actions/admin";
import { fieldErrorClass } from "../ui/field";

export function UserRowActions({ userId, email, disabled }: { userId: string; email: string; disabled: boolean }) {
  const router = useRouter();
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="button-row">
      <button
        type="button"
        className={disabled ? "secondary" : "secondary danger"}
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await setUserDisabledAction({ userId, disabled: !disabled });
            if (result.ok) router.refresh();
            else setError(result.message);
          })
        }
      >
        {disabled ? "Enable" : "Disable"}
        <span className="visually-hidden"> {email}</span>
      </button>
      <button
        type="button"
        className="secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await createResetLinkAction({ userId });
            if (result.ok) setLink(`${window.location.origin}${result.data.path}`);
            else setError(result.message);
          })
        }
      >
        Reset link<span className="visually-hidden"> for {email}</span>
      </button>
      {link && (
        <span role="status">
          Single-use link, valid 48 hours (shown once): <code className="reset-link">{link}</code>
        </span>
      )}
      {error && (
        <span role="alert" className={fieldErrorClass}>
          {error}
        </span>
      )}
    </div>
  );
}
