/**
 * The six official languages of the United Nations as interface locales, in the order the UN lists them
 * (alphabetical in English: Arabic, Chinese, English, French, Russian, Spanish).
 *
 * `textSearch` is the PostgreSQL text search configuration for replies written in that language.
 * Verified: PostgreSQL ships Snowball configurations `english`, `french`, `spanish`, `russian` since 8.3 and
 * `arabic` since PostgreSQL 12 (release notes: "This adds stemming for Arabic, Indonesian, Irish, Lithuanian,
 * Nepali, and Tamil to full text search"); `select cfgname from pg_ts_config` on the PGlite this project
 * uses (0.5.16 = PostgreSQL 18.6) lists arabic, english, french, russian, simple and spanish among others.
 * PostgreSQL has no Chinese configuration (its default parser does not segment Han text: a run of
 * characters without spaces is one token), so Chinese falls back to `simple`.
 */
export const LOCALES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/**
 * The cookie the language switcher sets for visitors who are not signed in (and mirrors a saved choice).
 * Here rather than in negotiate.ts so that the browser code that reads it (app/global-error.tsx) does not
 * bring the Accept-Language matcher along.
 */
export const LOCALE_COOKIE = "NEXT_LOCALE";

export type TextSearchConfig = "arabic" | "english" | "french" | "russian" | "spanish" | "simple";

export interface LocaleInfo {
  code: Locale;
  /** The language named in itself, for the language switcher. */
  endonym: string;
  /** The language's English name (as in lib/languages.ts). */
  englishName: string;
  dir: "ltr" | "rtl";
  /** BCP 47 tag for `<html lang>` and `Intl`. */
  bcp47: string;
  /**
   * Tag for `Intl` number and date formatting. Arabic uses Western (Latin) digits, as UN Arabic documents
   * do ("القرار 62/17"); plain "ar" in Node's ICU formats 65 as "٦٥".
   */
  intlTag: string;
  textSearch: TextSearchConfig;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  ar: { code: "ar", endonym: "العربية", englishName: "Arabic", dir: "rtl", bcp47: "ar", intlTag: "ar-u-nu-latn", textSearch: "arabic" },
  zh: { code: "zh", endonym: "中文", englishName: "Chinese", dir: "ltr", bcp47: "zh-Hans", intlTag: "zh-Hans", textSearch: "simple" },
  en: { code: "en", endonym: "English", englishName: "English", dir: "ltr", bcp47: "en", intlTag: "en", textSearch: "english" },
  fr: { code: "fr", endonym: "Français", englishName: "French", dir: "ltr", bcp47: "fr", intlTag: "fr", textSearch: "french" },
  ru: { code: "ru", endonym: "Русский", englishName: "Russian", dir: "ltr", bcp47: "ru", intlTag: "ru", textSearch: "russian" },
  es: { code: "es", endonym: "Español", englishName: "Spanish", dir: "ltr", bcp47: "es", intlTag: "es", textSearch: "spanish" },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function localeDir(locale: Locale): "ltr" | "rtl" {
  return LOCALE_INFO[locale].dir;
}

export function textSearchConfig(locale: Locale): TextSearchConfig {
  return LOCALE_INFO[locale].textSearch;
}
