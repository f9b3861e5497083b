import { match } from "@formatjs/intl-localematcher";
import { DEFAULT_LOCALE, isLocale, LOCALE_INFO, LOCALES, type Locale } from "./locales";

export { LOCALE_COOKIE } from "./locales";

/**
 * The languages an `Accept-Language` header asks for, best first (q-values honoured, `*` and q=0 dropped,
 * malformed tags skipped). Kept to the first 20 entries: a header is the client's to make up.
 */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter(({ tag, quality }) => quality > 0 && tag !== "*" && /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(tag))
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map(({ tag }) => tag);
}

/** The best of the six official languages for what the browser asks for, or English. */
export function matchAcceptLanguage(header: string | null | undefined): Locale {
  const requested = parseAcceptLanguage(header);
  if (requested.length === 0) return DEFAULT_LOCALE;
  // Match on the BCP 47 tags (zh-Hans, so that zh-CN and zh-SG match and zh-TW does too, as the closest).
  const available = LOCALES.map((l) => LOCALE_INFO[l].bcp47);
  try {
    const best = match(requested, available, LOCALE_INFO[DEFAULT_LOCALE].bcp47, { algorithm: "best fit" });
    return LOCALES.find((l) => LOCALE_INFO[l].bcp47 === best) ?? DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

/**
 * The interface language of a request: the signed-in user's saved preference, else the switcher's
 * cookie, else the browser's Accept-Language, else English.
 */
export function negotiateLocale(input: { saved?: string | null; cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.saved)) return input.saved;
  if (isLocale(input.cookie)) return input.cookie;
  return matchAcceptLanguage(input.acceptLanguage);
}
