"use client";

import { startAuthentication } from "@simplewebauthn/browser";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { finishPasskeySignInAction, startPasskeySignInAction } from "@/app/actions/passkeys";
import { browserErrorKey } from "./passkey-errors";

/** The second step of signing in with a passkey: the browser asks for the fingerprint, face, PIN or key. */
export function PasskeySignIn({ next }: { next: string }) {
  const t = useTranslations("passkeys");
  const ts = useTranslations("security");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const go = () =>
    startTransition(async () => {
      setError(null);
      const options = await startPasskeySignInAction({});
      if (!options.ok) return setError(options.code === "unauthenticated" ? ts("sessionEnded") : options.message);
      let response;
      try {
        response = await startAuthentication({ optionsJSON: options.data });
      } catch (err) {
        return setError(t(browserErrorKey(err)));
      }
      const result = await finishPasskeySignInAction({ response, next });
      if (result && !result.ok) setError(result.code === "unauthenticated" ? ts("sessionEnded") : result.message);
    });
  return (
    <div className="stack">
      <p>{t("signInIntro")}</p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div>
        <button className="primary" type="button" onClick={go} disabled={pending}>
          {pending ? ts("verifying") : t("signIn")}
        </button>
      </div>
    </div>
  );
}
