"use server";

import { cookies } from "next/headers";
import { action, publicAction } from "@/lib/action";
import { LOCALE_COOKIE } from "@/lib/i18n/negotiate";
import { saveLocalePreference } from "@/lib/i18n/preference";
import { chooseLocaleInput } from "@/lib/validation/locale";

const YEAR = 60 * 60 * 24 * 365;

/**
 * Not a secret (a language code), so not `secure`: the choice also holds on a plain-HTTP intranet address.
 * Not `httpOnly` either: the last-resort error page (app/global-error.tsx), which renders in the browser
 * outside every provider, reads it to speak the reader's language.
 */
async function rememberInCookie(locale: string) {
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: YEAR, sameSite: "lax", httpOnly: false });
}

/** A visitor who is not signed in chooses the interface language: kept in a cookie on this browser. */
export const chooseLocaleAction = publicAction({ input: chooseLocaleInput }, async ({ locale }) => {
  await rememberInCookie(locale);
});

/** A signed-in user chooses the interface language: saved on the account (every device) and in the cookie. */
export const saveLocaleAction = action({ input: chooseLocaleInput, roles: ["delegation", "reviewer", "admin"] }, async ({ locale }, ctx) => {
  await saveLocalePreference(ctx, locale);
  await rememberInCookie(locale);
});
