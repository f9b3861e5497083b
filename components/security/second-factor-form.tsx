"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { verifySecondFactorAction } from "@/app/actions/security";
import { Field } from "@/components/ui/field";

/** The second step of signing in: a code from the authenticator app, or a recovery code. */
export function SecondFactorForm({ next }: { next: string }) {
  const t = useTranslations("security");
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const onSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    if (code.trim().length < 6) return setError(t("codeMissing"));
    startTransition(async () => {
      const result = await verifySecondFactorAction({ code, next });
      // The server's messages are already in the reader's language (a wrong code, or too many of them).
      if (result && !result.ok) setError(result.code === "unauthenticated" ? t("sessionEnded") : (result.fieldErrors?.code?.[0] ?? result.message));
    });
  };
  return (
    <form className="stack" onSubmit={onSubmit} noValidate>
      <Field id="code" label={t("codeLabel")} hint={t("codeHint")} error={error ?? undefined}>
        {(a) => <input {...a} type="text" name="code" autoComplete="one-time-code" autoFocus value={code} onChange={(e) => setCode(e.target.value)} />}
      </Field>
      <div>
        <button className="primary" type="submit" disabled={pending}>
          {pending ? t("verifying") : t("verify")}
        </button>
      </div>
    </form>
  );
}
