import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { currentSession } from "@/lib/auth/guards";
import { LOCALE_COOKIE, negotiateLocale } from "./negotiate";
import type { Locale } from "./locales";

/** The signed-in user's saved interface language, if any (read with the session, no query of its own). */
async function savedPreference(): Promise<string | null> {
  try {
    const session = await currentSession();
    return session?.complete ? session.locale : null;
  } catch {
    // Outside a request (a script, a test) or a database that cannot answer: the cookie and the browser decide.
    return null;
  }
}

async function cookieAndHeader(): Promise<{ cookie: string | null; acceptLanguage: string | null }> {
  try {
    const [jar, list] = await Promise.all([cookies(), headers()]);
    return { cookie: jar.get(LOCALE_COOKIE)?.value ?? null, acceptLanguage: list.get("accept-language") };
  } catch {
    return { cookie: null, acceptLanguage: null };
  }
}

/**
 * The interface language of the current request (pages, Server Actions, route handlers): the signed-in
 * user's saved preference, else the switcher's cookie, else Accept-Language, else English.
 * Cached for the request.
 */
export const requestLocale = cache(async (): Promise<Locale> => {
  const [saved, rest] = await Promise.all([savedPreference(), cookieAndHeader()]);
  return negotiateLocale({ saved, ...rest });
});
