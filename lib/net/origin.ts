const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isStateChanging(method: string): boolean {
  return !SAFE_METHODS.has(method.toUpperCase());
}

function originOf(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    return new URL(value).origin;
  } catch {
    return null;
  }
}

/**
 * Whether a state-changing request comes from this site's own pages (CSRF defence in depth, on
 * top of SameSite=Lax cookies). A browser always sends Origin with a POST, PUT, PATCH or DELETE: it
 * must be the origin the request was addressed to (scheme, host and port: another port of the same
 * host is another origin) or APP_URL's. Without Origin, Sec-Fetch-Site must not say another site;
 * a request with neither header does not come from a browser page and carries no ambient cookie risk.
 */
export function isSameOriginRequest(headers: Headers, requestUrl: string, appUrl: string | undefined = process.env.APP_URL): boolean {
  const origin = headers.get("origin");
  if (origin !== null) {
    if (origin === "null") return false;
    const allowed = new Set([originOf(requestUrl), originOf(appUrl)].filter(Boolean));
    const host = headers.get("host");
    const proto = new URL(requestUrl).protocol;
    if (host) allowed.add(`${proto}//${host}`);
    return allowed.has(originOf(origin) ?? "");
  }
  const site = headers.get("sec-fetch-site");
  return site === null || site === "same-origin" || site === "none";
}
