import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { formatUnDate } from "@/lib/time";
import { formatDate, formatNewYorkMoment } from "./dates";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

/** The reader's language on a page (one of the six), for names, ordinals and dates. */
export async function readerLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/**
 * Dates as the reader's page writes them: a day ("1 May 2010", "1 mai 2010") and a New York moment
 * ("31 May 2010, 23:59 (New York)", "31 mai 2010, 23:59 (heure de New York)"). English keeps the
 * Secretariat's own forms.
 */
export async function readerDates(): Promise<{ locale: Locale; day: (value: Date | string) => string; moment: (value: Date) => string }> {
  const [locale, tMail] = await Promise.all([readerLocale(), getTranslations("mail")]);
  return {
    locale,
    day: (value) => (locale === "en" ? formatUnDate(value) : formatDate(value, locale)),
    moment: (value) => formatNewYorkMoment(value, locale, (time) => tMail("newYork", { time })),
  };
}
