"use client";

import { useLocale } from "next-intl";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * The same moment in the viewer's own time zone and locale; renders nothing on the server (no zone there).
 * `pattern` is the catalog's translated "your time: {time}" (editor.yourTime), passed by the server.
 */
export function LocalTime({ iso, pattern }: { iso: string; pattern: string }) {
  const locale = useLocale();
  const text = useSyncExternalStore(
    subscribe,
    () =>
      new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { dateStyle: "long", timeStyle: "short", hourCycle: locale === "en" ? "h23" : undefined }).format(
        new Date(iso),
      ),
    () => "",
  );
  if (!text) return null;
  return <span className="muted"> — {pattern.replace("{time}", text)}</span>;
}
