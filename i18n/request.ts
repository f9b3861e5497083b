import { getRequestConfig } from "next-intl/server";
import { requestLocale } from "@/lib/i18n/request-locale";
import { loadAppCatalog } from "./catalog";

/**
 * Without locale-prefixed URLs: the locale comes from the signed-in user's saved preference, the
 * language switcher's cookie or the browser's Accept-Language (lib/i18n/request-locale.ts). Every
 * address stays the same in all six languages (links in notes verbales and e-mails work for everyone).
 */

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  return {
    locale,
    timeZone: "America/New_York",
    messages: loadAppCatalog(locale),
  };
});
