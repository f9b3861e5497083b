"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { resetOfficerSecondFactorAction, setOfficerDisabledAction } from "@/app/actions/focal-points";
import { resetSecondFactorAction } from "@/app/actions/security";

/** A focal point's (or, with `admin`, an administrator's) buttons on one officer's row. */
export function OfficerActions({ userId, email, disabled, hasSecondFactor, admin = false }: { userId: string; email: string; disabled: boolean; hasSecondFactor: boolean; admin?: boolean }) {
  const t = useTranslations("security");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (fn: () => Promise<{ ok: boolean; code?: string }>) =>
    startTransition(async () => {
      setError(null);
      const result = await fn();
      if (result.ok) router.refresh();
      else setError(result.code === "forbidden" ? t("notYourOfficer") : t("actionFailed"));
    });
  return (
    <div className="button-row">
      {!admin && (
        <button type="button" className={disabled ? "secondary" : "secondary danger"} disabled={pending} onClick={() => run(() => setOfficerDisabledAction({ userId, disabled: !disabled }))}>
          {disabled ? t("enable") : t("disable")}
          <span className="visually-hidden"> {email}</span>
        </button>
      )}
      {hasSecondFactor && (
        <button type="button" className="secondary" disabled={pending} onClick={() => run(() => (admin ? resetSecondFactorAction({ userId }) : resetOfficerSecondFactorAction({ userId })))}>
          {t("resetSecondFactor")}
          <span className="visually-hidden"> {email}</span>
        </button>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
