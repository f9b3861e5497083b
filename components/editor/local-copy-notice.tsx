"use client";

import { useFormatter, useTranslations } from "next-intl";

/** Offers the text this browser kept but the server never received. */
export function LocalCopyNotice({ copy, onRestore, onDiscard }: { copy: { keptAt: string }; onRestore: () => void; onDiscard: () => void }) {
  const t = useTranslations("replyForm");
  const format = useFormatter();
  return (
    <div className="notice warn" role="alert">
      <p>{t("localCopy", { time: format.dateTime(new Date(copy.keptAt), { dateStyle: "long", timeStyle: "short" }) })}</p>
      <div className="button-row">
        <button type="button" className="primary" onClick={onRestore}>
          {t("restoreLocal")}
        </button>
        <button type="button" className="secondary" onClick={onDiscard}>
          {t("discardLocal")}
        </button>
      </div>
    </div>
  );
}
