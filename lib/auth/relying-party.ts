import { ISSUER } from "./totp";

/** Who the passkeys belong to (WebAuthn's "relying party"): the site's host name and its exact origin. */
export interface RelyingParty {
  /** The host name, without scheme or port ("tracker.un.org", "localhost"). */
  rpID: string;
  /** The origin the browser must report in the signed client data ("https://tracker.un.org"). */
  origin: string;
  name: string;
}

/**
 * The relying party of a request. AUTH_URL, when set, says it outright (a production deployment
 * should set it: then no header is believed). Otherwise it is the address the request was sent to,
 * as elsewhere in the app (lib/net/origin.ts): the Host header, with the scheme a trusted proxy
 * reports (TRUSTED_PROXIES > 0 and X-Forwarded-Proto), else http for a server reached directly.
 * A browser signs the origin it really shows, and scopes each passkey to its rpID, so a request
 * sent with someone else's Host can never use a passkey made for this site.
 */
export function relyingParty(headers: Headers, config: { authUrl?: string; trustedProxies?: number } = {}): RelyingParty {
  const authUrl = config.authUrl ?? process.env.AUTH_URL;
  if (authUrl) {
    const url = new URL(authUrl);
    return { rpID: url.hostname, origin: url.origin, name: ISSUER };
  }
  const trusted = (config.trustedProxies ?? Number(process.env.TRUSTED_PROXIES ?? 0)) > 0;
  const forwarded = trusted ? headers.get("x-forwarded-proto")?.split(",")[0]?.trim() : undefined;
  const scheme = forwarded === "https" ? "https" : "http";
  const url = new URL(`${scheme}://${headers.get("host") ?? "localhost"}`);
  return { rpID: url.hostname, origin: url.origin, name: ISSUER };
}
