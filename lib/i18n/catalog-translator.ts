import { createTranslator } from "use-intl/core";
import { loadAppCatalog } from "@/i18n/catalog";
import { LOCALE_INFO, type Locale } from "./locales";
import type { MessageValues } from "./message-key";

/**
 * A translator over one namespace of a language's catalog, for code that runs outside a request and
 * outside React (the reminder job run by `npm run reminders`, calendar feeds): no "server-only" here.
 */
export function catalogTranslator(locale: Locale, namespace: string): (key: string, values?: MessageValues) => string {
  const t = createTranslator({
    locale: LOCALE_INFO[locale].intlTag,
    messages: loadAppCatalog(locale),
    namespace: namespace as never,
    onError: () => {},
    getMessageFallback: ({ key }) => `${namespace}.${key}`,
  });
  return (key, values) => t(key as never, values as never);
}
