import { dateTimeFormat, numberFormat } from "@/lib/intl-cache";
import { formatNewYorkDateTime } from "@/lib/time";
import { LOCALE_INFO, type Locale } from "./locales";

const NEW_YORK = "America/New_York";

function tag(locale: Locale): string {
  // English as the UN writes it: 13 September 2011.
  return locale === "en" ? "en-GB" : LOCALE_INFO[locale].intlTag;
}

/**
 * A calendar date (YYYY-MM-DD) or an instant, in the reader's language: "13 September 2011",
 * "13 septembre 2011", "2011年9月13日", "13 سبتمبر 2011". An instant is dated in New York time.
 */
export function formatDate(value: Date | string, locale: Locale, timeZone = NEW_YORK): string {
  if (typeof value === "string") {
    return dateTimeFormat(tag(locale), { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${value.slice(0, 10)}T12:00:00Z`));
  }
  return dateTimeFormat(tag(locale), { dateStyle: "long", timeZone }).format(value);
}

/** An instant in New York time with the hour, in the reader's language ("31 May 2010, 23:59"). */
export function formatDateTime(value: Date, locale: Locale, timeZone = NEW_YORK): string {
  return dateTimeFormat(tag(locale), { dateStyle: "long", timeStyle: "short", hourCycle: "h23", timeZone }).format(value);
}

/**
 * A New York moment with its zone said: in English as the Secretariat has always written it ("31 May 2010, 23:59 (New York)"),
 * in another language the date and hour in that language inside the catalog's own words for New York time.
 */
export function formatNewYorkMoment(value: Date, locale: Locale, newYork: (time: string) => string): string {
  return locale === "en" ? formatNewYorkDateTime(value) : newYork(formatDateTime(value, locale));
}

/** A calendar date (YYYY-MM-DD) as day and short month in the reader's language, for a chart's axis: "1 May", "1 mai", "5月1日". */
export function formatDayMonth(value: string, locale: Locale): string {
  return dateTimeFormat(tag(locale), { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${value.slice(0, 10)}T12:00:00Z`));
}

/** A month (YYYY-MM or a date in it) in the reader's language: "July 2010", "juillet 2010", "2010年7月". */
export function formatMonth(value: string, locale: Locale): string {
  return dateTimeFormat(tag(locale), { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${value.slice(0, 7)}-15T12:00:00Z`));
}

/** A whole number with its sign, in the reader's digits: "−30", "0", "+10" (days from a deadline). */
export function formatSigned(n: number, locale: Locale): string {
  return numberFormat(tag(locale), { signDisplay: "exceptZero" }).format(n);
}
