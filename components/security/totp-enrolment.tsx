"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { confirmTotpEnrolmentAction, startTotpEnrolmentAction } from "@/app/actions/security";
import { Field } from "@/components/ui/field";

/** Sets up an authenticator app: QR code (and the secret to type), a first code, then ten recovery codes shown once. */
export function TotpEnrolment({ next }: { next: string }) {
  const t = useTranslations("security");
  const [setup, setSetup] = useState<{ secret: string; qrSvg: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const start = () =>
    startTransition(async () => {
      setError(null);
      const result = await startTotpEnrolmentAction({});
      if (result.ok) setSetup(result.data);
      else setError(result.code === "unauthenticated" ? t("sessionEnded") : t("enrolFailed"));
    });

  const confirm = (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!/^\d{6}$/.test(code.trim())) return setError(t("codeMissing"));
    startTransition(async () => {
      const result = await confirmTotpEnrolmentAction({ code });
      if (result.ok) setCodes(result.data.recoveryCodes);
      else setError(result.code === "unauthenticated" ? t("sessionEnded") : t("codeWrong"));
    });
  };

  if (codes) {
    return (
      <div className="stack">
        <h2>{t("recoveryTitle")}</h2>
        <p>{t("recoveryIntro")}</p>
        <ol aria-label={t("recoveryTitle")} data-testid="recovery-codes">
          {codes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ol>
        <p>
          <a className="button primary" href={next}>
            {t("continue")}
          </a>
        </p>
      </div>
    );
  }

  if (!setup) {
    return (
      <div className="stack">
        <p>{t("enrolIntro")}</p>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div>
          <button className="primary" type="button" onClick={start} disabled={pending}>
            {t("enrolStart")}
          </button>
        </div>
      </div>
    );
  }

  return (
    <form className="stack" onSubmit={confirm} noValidate>
      <p>{t("enrolScan")}</p>
      {/* The SVG is drawn on the server by the qrcode library from our own otpauth:// address. */}
      <div role="img" aria-label={t("qrLabel")} style={{ inlineSize: "12rem" }} dangerouslySetInnerHTML={{ __html: setup.qrSvg }} />
      <p>
        {t("enrolManual")} <code data-testid="totp-secret">{setup.secret}</code>
      </p>
      <Field id="enrol-code" label={t("codeLabel")} error={error ?? undefined}>
        {(a) => <input {...a} type="text" name="code" inputMode="numeric" autoComplete="one-time-code" value={code} onChange={(e) => setCode(e.target.value)} />}
      </Field>
      <div>
        <button className="primary" type="submit" disabled={pending}>
          {t("enrolConfirm")}
        </button>
      </div>
    </form>
  );
}
