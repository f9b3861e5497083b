import { getRequestConfig } from "next-intl/server";

/**
 * English first. The catalog is per locale, so French (the Secretariat's second working language)
 * and the other official languages are a matter of adding messages/<locale>.json.
 */
export const DEFAULT_LOCALE = "en";

export default getRequestConfig(async () => ({
  locale: DEFAULT_LOCALE,
  timeZone: "America/New_York",
  messages: (await import(`../messages/${DEFAULT_LOCALE}.json`)).default,
}));
