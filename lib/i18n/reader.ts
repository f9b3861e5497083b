import "server-only";
import { useLocale, useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { formatUnDate } from "@/lib/time";
import { formatDate, formatNewYorkMoment } from "./dates";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

/** The reader's language on a page (one of the six), for names, ordinals and dates. */
export async function readerLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

type Dates = { locale: Locale; day: (value: Date | string) => string; moment: (value: Date) => string };

function datesIn(locale: Locale, newYork: (time: string) => string): Dates {
  return {
    locale,
    day: (value) => (locale === "en" ? formatUnDate(value) : formatDate(value, locale)),
    moment: (value) => formatNewYorkMoment(value, locale, newYork),
  };
}

/**
 * Dates as the reader's page writes them: a day ("1 May 2010", "1 mai 2010") and a New York moment
 * ("31 May 2010, 23:59 (New York)", "31 mai 2010, 23:59 (heure de New York)"). English keeps the
 * Secretariat's own forms.
 */
export async function readerDates(): Promise<Dates> {
  const [locale, tMail] = await Promise.all([readerLocale(), getTranslations("mail")]);
  return datesIn(locale, (time) => tMail("newYork", { time }));
}

/**
 * The same, for a server component that is not async: one rendered many times on a page (a milestone's date, a
 * deadline) renders in place, where an async one is a task and a row of its own in React's payload.
 */
export function useReaderDates(): Dates {
  const locale = useReaderLocale();
  const tMail = useTranslations("mail");
  return datesIn(locale, (time) => tMail("newYork", { time }));
}

/** `readerLocale`, for a server component that is not async. */
export function useReaderLocale(): Locale {
  const locale = useLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}
