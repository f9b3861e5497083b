import "server-only";
import { LRUCache } from "lru-cache";
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
 * Cookies already decrypted, by their exact text: a cookie is the same encrypted token on every request
 * of a session, and decrypting it (key derivation, an HMAC check and AES through WebCrypto, each a job
 * on libuv's pool) costs about as much as the session check's query. The claims are a pure function of
 * the cookie and the secret, so a hit answers what decrypting again would; each entry lives no longer
 * than the token. Only genuine cookies get in (a forged one fails to decrypt and is not kept), so the
 * cache holds at most the sessions in use, bounded here. This is the cookie alone: whether its session
 * still stands is asked of the database on every request (lib/auth/guards.ts).
 */
const decrypted = new LRUCache<string, { secret: string; claims: SessionClaims }>({ max: 5000 });

/** The session cookie's own `name=value` pairs (Auth.js splits a large one into `.0`, `.1`…), for the cache key. */
function sessionCookiePairs(cookie: string, name: string): string {
  return cookie
    .split(";")
    .map((pair) => pair.trim())
    .filter((pair) => pair.startsWith(`${name}=`) || pair.startsWith(`${name}.`))
    .sort()
    .join("; ");
}

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
  const secureCookie = cookie.includes(SECURE_SESSION_COOKIE);
  const key = sessionCookiePairs(cookie, secureCookie ? SECURE_SESSION_COOKIE : SESSION_COOKIE);
  const hit = decrypted.get(key);
  if (hit && hit.secret === secret) return hit.claims;
  const token = await getToken({ req: { headers: { cookie } }, secret, secureCookie });
  if (!token || typeof token.uid !== "string" || typeof token.sid !== "string" || typeof token.sessionVersion !== "number") return null;
  const claims = { id: token.uid, sid: token.sid, sessionVersion: token.sessionVersion };
  const lifetimeMs = typeof token.exp === "number" ? token.exp * 1000 - Date.now() : 0;
  if (key && lifetimeMs > 0) decrypted.set(key, { secret, claims }, { ttl: lifetimeMs });
  return claims;
}
