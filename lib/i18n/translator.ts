import "server-only";
import { createTranslator } from "next-intl";
import { loadAppCatalog } from "@/i18n/catalog";
import type { MessageValues, RootTranslator } from "./message-key";
import { stateName } from "./state-names";
import { LOCALE_INFO, type Locale } from "./locales";
import { dateTimeFormat } from "@/lib/intl-cache";

/**
 * Values a service cannot put in the reader's language itself: `stateIso3` becomes `state` (the State's
 * name in that language), `isoDate` (YYYY-MM-DD) a date written the way that language writes it (English as the UN writes it: 13 September 2011).
 */
export function localizeValues(values: MessageValues | undefined, locale: Locale): MessageValues | undefined {
  if (!values) return values;
  const out: MessageValues = { ...values };
  if (typeof values.stateIso3 === "string") out.state = stateName(values.stateIso3, locale);
  if (typeof values.isoDate === "string" && /^\d{4}-\d{2}-\d{2}$/.test(values.isoDate)) {
    out.isoDate = dateTimeFormat(locale === "en" ? "en-GB" : LOCALE_INFO[locale].intlTag, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${values.isoDate}T12:00:00Z`));
  }
  return out;
}

/** A translator over the whole catalog of a language, for code that runs outside a page render (actions, routes, jobs). */
export function translatorFor(locale: Locale): RootTranslator {
  const t = createTranslator({ locale, messages: loadAppCatalog(locale), onError: () => {}, getMessageFallback: ({ key, namespace }) => (namespace ? `${namespace}.${key}` : key) });
  return (key, values) => t(key as never, localizeValues(values, locale) as never);
}
