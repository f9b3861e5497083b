import ar from "@/messages/ar/report.json";
import en from "@/messages/en/report.json";
import es from "@/messages/es/report.json";
import fr from "@/messages/fr/report.json";
import ru from "@/messages/ru/report.json";
import zh from "@/messages/zh/report.json";
import { LOCALE_INFO, type Locale } from "@/lib/i18n/locales";
import { OFFICIAL_TIME_ZONE } from "@/lib/time";
import type { Language } from "@/lib/validation/submission";
import { dateTimeFormat } from "@/lib/intl-cache";

/**
 * The report's fixed texts in each language version (messages/<locale>/report.json). The report is
 * also built outside a request (exports, jobs, the bench), so the catalogs are imported here
 * rather than read through next-intl.
 */
export type ReportTexts = typeof en;
const CATALOGS: Record<Locale, ReportTexts> = { ar, zh, en, fr, ru, es };

export function reportTexts(locale: Locale): ReportTexts {
  return CATALOGS[locale];
}

/** Fills `{name}` placeholders (the catalogs' report messages use simple arguments only). */
export function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** "27 May 2010", "27 mai 2010", "2010年5月27日", "27 مايو 2010": the day in New York, in the version's language. */
export function formatReportDate(value: Date | string, locale: Locale): string {
  const date = typeof value === "string" ? new Date(`${value}T12:00:00Z`) : value;
  const tag = locale === "en" ? "en-GB" : LOCALE_INFO[locale].intlTag;
  return dateTimeFormat(tag, { day: "numeric", month: "long", year: "numeric", timeZone: typeof value === "string" ? "UTC" : OFFICIAL_TIME_ZONE }).format(date);
}

/** "English and French", "anglais et français": the languages of a State's reply, in the version's language. */
export function languageList(languages: readonly Language[], locale: Locale): string {
  const names = reportTexts(locale).languages;
  return new Intl.ListFormat(LOCALE_INFO[locale].intlTag, { type: "conjunction" }).format(languages.map((l) => names[l]));
}
