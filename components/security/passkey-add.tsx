"use client";

import { browserSupportsWebAuthn, startRegistration } from "@simplewebauthn/browser";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore, useTransition } from "react";
import { finishPasskeyRegistrationAction, startPasskeyRegistrationAction } from "@/app/actions/passkeys";
import { Field } from "@/components/ui/field";
import { browserErrorKey } from "./passkey-errors";

const noSubscription = () => () => {};

/**
 * Adds a passkey to one's own account: the user names it, the browser creates it (fingerprint, face,
 * PIN or security key), the server checks and stores it. The first second factor of an account
 * brings ten recovery codes, shown once.
 */
export function PasskeyAdd() {
  const t = useTranslations("passkeys");
  const ts = useTranslations("security");
  const router = useRouter();
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  // Known only in the browser; the server renders the form.
  const supported = useSyncExternalStore(noSubscription, browserSupportsWebAuthn, () => true);
  const [pending, startTransition] = useTransition();

  const add = (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    setStatus(null);
    setNameError(null);
    const trimmed = name.trim();
    if (!trimmed) return setNameError(t("nameMissing"));
    if (trimmed.length > 60) return setNameError(t("nameTooLong", { max: 60 }));
    startTransition(async () => {
      const options = await startPasskeyRegistrationAction({});
      if (!options.ok) return setError(options.code === "unauthenticated" ? ts("sessionEnded") : options.message);
      let response;
      try {
        response = await startRegistration({ optionsJSON: options.data });
      } catch (err) {
        return setError(t(browserErrorKey(err)));
      }
      const result = await finishPasskeyRegistrationAction({ name: trimmed, response });
      if (!result.ok) {
        if (result.fieldErrors?.name?.[0]) return setNameError(result.fieldErrors.name[0]);
        return setError(result.code === "unauthenticated" ? ts("sessionEnded") : result.message);
      }
      setName("");
      setStatus(t("added", { name: trimmed }));
      if (result.data.recoveryCodes) setCodes(result.data.recoveryCodes);
      router.refresh();
    });
  };

  if (!supported) return <p className="muted">{t("unsupported")}</p>;

  return (
    <div className="stack">
      <form className="stack" onSubmit={add} noValidate aria-labelledby="passkey-add-title">
        <h3 id="passkey-add-title">{t("addTitle")}</h3>
        <Field id="passkey-name" label={t("nameLabel")} hint={t("nameHint")} error={nameError ?? undefined}>
          {(a) => <input {...a} type="text" name="name" maxLength={60} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div>
          <button className="primary" type="submit" disabled={pending}>
            {pending ? t("adding") : t("add")}
          </button>
        </div>
      </form>
      {status && <p role="status">{status}</p>}
      {codes && (
        <div className="stack">
          <h3>{ts("recoveryTitle")}</h3>
          <p>{t("recoveryIntro")}</p>
          <ol aria-label={ts("recoveryTitle")} data-testid="recovery-codes">
            {codes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ol>
        </div>
      )}
    </div>
  );
}
