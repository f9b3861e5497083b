import "server-only";
import { getToken } from "next-auth/jwt";
import { headers } from "next/headers";

/** What the session cookie says: whose it is, and which server-side session record it names. */
export interface SessionClaims {
  id: string;
  sid: string;
  sessionVersion: number;
}

/** Auth.js's cookie names the session under; over HTTPS it carries the __Secure- prefix. */
export const SESSION_COOKIE = "authjs.session-token";
export const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

/**
 * The session cookie of this request, decrypted: null when there is none, or it is forged, tampered
 * with or past its lifetime. This is the cookie alone; lib/auth/guards.ts checks the session record
 * it names on every request. It reads the cookie where Auth.js's `auth()` would answer a whole
 * session request (decrypt, re-encrypt and sign a fresh cookie that a page cannot set anyway).
 * Only the Cookie header is read: a bearer token in Authorization is not a session here.
 */
export async function sessionClaims(): Promise<SessionClaims | null> {
  const cookie = (await headers()).get("cookie") ?? "";
  // The secret Auth.js encrypts the cookie with (lib/auth/index.ts gives it the same one).
  const secret = process.env.AUTH_SECRET;
  if (!cookie.includes(SESSION_COOKIE) || !secret) return null;
  const token = await getToken({ req: { headers: { cookie } }, secret, secureCookie: cookie.includes(SECURE_SESSION_COOKIE) });
  if (!token || typeof token.uid !== "string" || typeof token.sid !== "string" || typeof token.sessionVersion !== "number") return null;
  return { id: token.uid, sid: token.sid, sessionVersion: token.sessionVersion };
}
