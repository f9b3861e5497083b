"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { signOutEverywhereAction } from "@/app/actions/security";

export function SignOutEverywhere() {
  const t = useTranslations("security");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="stack">
      <div>
        <button
          type="button"
          className="secondary"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await signOutEverywhereAction({});
              setMessage(result.ok ? t("signedOutElsewhere", { count: result.data.ended }) : t("actionFailed"));
            })
          }
        >
          {t("signOutEverywhere")}
        </button>
      </div>
      {message && <p role="status">{message}</p>}
    </div>
  );
}
