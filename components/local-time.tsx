"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** The same moment in the viewer's own time zone and locale; renders nothing on the server (no zone there). */
export function LocalTime({ iso }: { iso: string }) {
  const locale = useLocale();
  const t = useTranslations("editor");
  const text = useSyncExternalStore(
    subscribe,
    () =>
      new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { dateStyle: "long", timeStyle: "short", hourCycle: locale === "en" ? "h23" : undefined }).format(
        new Date(iso),
      ),
    () => "",
  );
  if (!text) return null;
  return <span className="muted"> — {t("yourTime", { time: text })}</span>;
}
