"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { rotateCalendarTokenAction } from "@/app/actions/calendar";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { FormMessage } from "../ui/form-message";

/** Makes (or replaces) the State's secret calendar link and shows it once. */
export function TokenRotator({ iso3, feedBase, hasActive }: { iso3: string; feedBase: string; hasActive: boolean }) {
  const t = useTranslations("calendar");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, startTransition] = useTransition();
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  const rotate = () =>
    startTransition(async () => {
      dialog.current?.close();
      const result = await rotateCalendarTokenAction({ iso3 });
      if (!result.ok) {
        setError(result.message);
        return;
      }
      setError(null);
      setCopied(false);
      setLink(`${feedBase}?token=${result.data.token}`);
      router.refresh();
    });

  return (
    <div>
      <FormMessage message={error ? { ok: false, text: error } : null} />
      {link && (
        <div className="notice ok" role="status">
          <label htmlFor="calendar-link">{t("newLink")}</label>
          <input id="calendar-link" type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          <p>{t("copyNow")}</p>
          <button
            type="button"
            className="secondary"
            onClick={async () => {
              await navigator.clipboard?.writeText(link).catch(() => undefined);
              setCopied(true);
            }}
          >
            {t("copy")}
          </button>{" "}
          {copied && <span>{t("copied")}</span>}
        </div>
      )}
      <div className="button-row">
        {hasActive || link ? (
          <button type="button" className="secondary" disabled={pending} onClick={() => dialog.current?.showModal()}>
            {t("rotate")}
          </button>
        ) : (
          <button type="button" className="primary" disabled={pending} onClick={rotate}>
            {t("create")}
          </button>
        )}
      </div>
      <ConfirmDialog ref={dialog} titleId="rotate-title" title={t("confirm")} confirmLabel={t("confirmYes")} cancelLabel={t("cancel")} onConfirm={rotate} danger />
    </div>
  );
}
