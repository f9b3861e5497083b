import { getRequestConfig } from "next-intl/server";
import { loadCatalog } from "./catalog";

/**
 * English first; the other official languages' catalogs sit beside it under messages/<locale>/.
 */
export const DEFAULT_LOCALE = "en";

export default getRequestConfig(async () => ({
  locale: DEFAULT_LOCALE,
  timeZone: "America/New_York",
  messages: loadCatalog(DEFAULT_LOCALE),
}));
