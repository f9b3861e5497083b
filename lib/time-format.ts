import { formatNewYorkDateTime, OFFICIAL_TIME_ZONE } from "./time";
import { dateTimeFormat } from "@/lib/intl-cache";

/**
 * A moment of the app's clock in New York time, in the locale's own form (24-hour where the locale
 * uses it). English keeps the UN style of the rest of the app: "1 May 2010, 12:00 (New York)".
 * `newYork` is the catalog's "{time} (New York)" pattern, already translated.
 */
export function formatNewYorkIn(value: Date | string, locale: string, newYork: (time: string) => string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  if (locale === "en") return formatNewYorkDateTime(date);
  const time = dateTimeFormat(locale, { timeZone: OFFICIAL_TIME_ZONE, dateStyle: "long", timeStyle: "short" }).format(date);
  return newYork(time);
}
