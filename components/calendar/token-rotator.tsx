"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { rotateCalendarTokenAction } from "@/app/actions/calendar";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { FormMessage } from "../ui/form-message";

type OtherLanguage = { code: string; lang: string; endonym: string };

/**
 * Makes (or replaces) the State's secret calendar link and shows it once: in the reader's language (`locale`), and the
 * same link in each of the other languages, each named in itself.
 */
export function TokenRotator({
  iso3,
  feedBase,
  hasActive,
  locale,
  language,
  others,
}: {
  iso3: string;
  feedBase: string;
  hasActive: boolean;
  locale: string;
  language: string;
  others: OtherLanguage[];
}) {
  const t = useTranslations("calendar");
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, startTransition] = useTransition();
  const [token, setToken] = useState<string | null>(null);
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
      setToken(result.data.token);
      router.refresh();
    });

  const linkIn = (lang: string) => (token ? `${feedBase}?token=${token}&lang=${lang}` : null);
  const link = linkIn(locale);

  return (
    <div>
      <FormMessage message={error ? { ok: false, text: error } : null} />
      {link && (
        <div className="notice ok" role="status">
          <label htmlFor="calendar-link">{t("newLink")}</label>
          <input id="calendar-link" type="text" dir="ltr" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
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
          <p>{t("writtenIn", { language })}</p>
          <p id="secret-other-languages">{t("otherLanguages")}</p>
          <ul aria-labelledby="secret-other-languages">
            {others.map((o) => (
              <li key={o.code}>
                <a href={linkIn(o.code)!} hrefLang={o.lang} lang={o.lang} rel="noreferrer">
                  {o.endonym}
                </a>
              </li>
            ))}
          </ul>
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
