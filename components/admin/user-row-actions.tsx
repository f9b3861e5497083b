"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { createResetLinkAction, setUserDisabledAction } from "@/app/actions/admin";
import { fieldErrorClass } from "../ui/field";
import { useActionRunner } from "../ui/use-action-runner";

export function UserRowActions({ userId, email, disabled }: { userId: string; email: string; disabled: boolean }) {
  const { run, pending, failure } = useActionRunner();
  const t = useTranslations("admin");
  const [link, setLink] = useState<string | null>(null);
  return (
    <div className="button-row">
      <button type="button" className={disabled ? "secondary" : "secondary danger"} disabled={pending} onClick={() => run(() => setUserDisabledAction({ userId, disabled: !disabled }))}>
        {disabled ? t("enable") : t("disable")}
        <span className="visually-hidden"> {email}</span>
      </button>
      <button
        type="button"
        className="secondary"
        disabled={pending}
        onClick={() => run(() => createResetLinkAction({ userId }), (data) => setLink(`${window.location.origin}${data.path}`))}
      >
        {t("resetLink")}
        <span className="visually-hidden"> {t("forEmail", { email })}</span>
      </button>
      {link && (
        <span role="status">
          {t("linkShown")} <code className="reset-link">{link}</code>
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
