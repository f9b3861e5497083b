"use client";

import { useLocale, useTranslations } from "next-intl";
import type { SaveStatus } from "./use-autosave";
import { WARN_AFTER_FAILURES } from "./use-autosave";
import styles from "./save-indicator.module.css";
import { dateTimeFormat } from "@/lib/intl-cache";

/** A time of the app's clock as New York reads it, in the locale's own form (24-hour where it is used). */
export function newYorkClock(iso: string, locale: string) {
  // English follows the UN's 24-hour style used across the app; other locales their own custom.
  const hourCycle = locale === "en" ? "h23" : undefined;
  return dateTimeFormat(locale, { timeZone: "America/New_York", hour: "numeric", minute: "2-digit", hourCycle }).format(new Date(iso));
}

/** A visible saved / saving / not saved state, announced politely to screen readers. */
export function SaveIndicator({ status, signInHref }: { status: SaveStatus; signInHref: string }) {
  const t = useTranslations("editor");
  const locale = useLocale();
  let text: React.ReactNode;
  let tone: "warn" | "bad" | undefined;
  switch (status.kind) {
    case "saved":
      text = status.at ? t("saved", { time: newYorkClock(status.at, locale) }) : t("noChanges");
      break;
    case "dirty":
      text = t("dirty");
      break;
    case "saving":
      text = t("saving");
      break;
    case "retrying":
      tone = status.attempt >= WARN_AFTER_FAILURES ? "bad" : "warn";
      text = status.attempt >= WARN_AFTER_FAILURES ? t("unreachable", { seconds: status.inSeconds }) : t("retrying", { seconds: status.inSeconds });
      break;
    case "failed":
      tone = "bad";
      text = t("failed", { message: status.message });
      break;
    case "signedOut":
      tone = "bad";
      text = (
        <>
          {t("signedOut")}{" "}
          <a href={signInHref} target="_blank" rel="noopener">
            {t("signInAgain")}
          </a>
        </>
      );
      break;
    case "conflict":
      tone = "bad";
      text = t("conflict");
      break;
  }
  return (
    <p className={tone ? `${styles.indicator} ${styles[tone]}` : styles.indicator} role="status" data-save-state={status.kind}>
      {text}
    </p>
  );
}
