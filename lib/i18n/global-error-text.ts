import ar from "@/messages/ar/globalError.json";
import en from "@/messages/en/globalError.json";
import es from "@/messages/es/globalError.json";
import fr from "@/messages/fr/globalError.json";
import ru from "@/messages/ru/globalError.json";
import zh from "@/messages/zh/globalError.json";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, LOCALE_INFO, type Locale } from "./locales";

/**
 * The words of app/global-error.tsx, the last resort when the root layout fails: it replaces the whole
 * document, outside every provider, so it cannot ask next-intl. It takes only its own five strings in
 * the six languages (messages/<locale>/globalError.json, a few hundred bytes each), never a whole catalog.
 */
export type GlobalErrorText = typeof en;
const TEXT: Record<Locale, GlobalErrorText> = { ar, zh, en, fr, ru, es };

/**
 * The reader's language as the browser knows it: the language switcher's cookie (which also mirrors a
 * signed-in user's saved choice), else the browser's languages, else English.
 */
export function globalErrorLocale(cookie: string, languages: readonly string[]): Locale {
  const fromCookie = cookie
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${LOCALE_COOKIE}=`))
    ?.slice(LOCALE_COOKIE.length + 1);
  if (isLocale(fromCookie)) return fromCookie;
  for (const tag of languages) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLocale(base)) return base;
  }
  return DEFAULT_LOCALE;
}

export function globalErrorText(locale: Locale): GlobalErrorText & { lang: string; dir: "ltr" | "rtl" } {
  return { ...TEXT[locale], lang: LOCALE_INFO[locale].bcp47, dir: LOCALE_INFO[locale].dir };
}
