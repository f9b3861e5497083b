import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE, negotiateLocale } from "@/lib/i18n/negotiate";
import { databaseAnswers } from "@/lib/ops/outage";
import { RETRY_AFTER_SECONDS, unavailablePage } from "@/lib/ops/unavailable-page";
import { isSameOriginRequest } from "@/lib/net/origin";
import { contentSecurityPolicy, PERMISSIONS_POLICY, STRICT_TRANSPORT_SECURITY } from "@/lib/net/security-headers";

/**
 * Runs before every request (static files aside):
 * - a fresh nonce and the Content-Security-Policy carrying it (Next.js reads the policy from the
 *   request to put the nonce on its scripts), Permissions-Policy, and HSTS over HTTPS;
 * - a Server Action posted from another origin is refused here with 403 (Next.js would answer 500);
 * - while the database is known to be away, a page is answered with a 503 that retries by itself
 *   (lib/ops/outage.ts; route handlers and Server Actions say 503 or "retrying" themselves);
 * - convenience only: a visitor without a session cookie is sent to sign in before a signed-in area
 *   renders. Every page, Server Action and route handler still checks the user itself (lib/auth/guards.ts).
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const SIGNED_IN_AREAS = /^\/(home|account|mission|delegation|states|secretariat|admin)(\/|$)/;

function isHttps(request: NextRequest): boolean {
  if (request.nextUrl.protocol === "https:") return true;
  // A proxy that ends TLS says so; only believed when the app is configured to sit behind one.
  return Number(process.env.TRUSTED_PROXIES ?? 0) > 0 && request.headers.get("x-forwarded-proto") === "https";
}

/** A page (not a route handler, not a Server Action) asked for while the database does not answer. */
async function pageWhileDatabaseAway(request: NextRequest): Promise<boolean> {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (request.nextUrl.pathname.startsWith("/api/")) return false;
  return !(await databaseAnswers());
}

export async function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action") && !isSameOriginRequest(request.headers, request.url)) {
    return new NextResponse("This request did not come from this site's own pages.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }

  const https = isHttps(request);
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { https, development: process.env.NODE_ENV === "development" });

  let response: NextResponse;
  if (await pageWhileDatabaseAway(request)) {
    const locale = negotiateLocale({ cookie: request.cookies.get(LOCALE_COOKIE)?.value, acceptLanguage: request.headers.get("accept-language") });
    response = new NextResponse(unavailablePage(locale), {
      status: 503,
      headers: { "content-type": "text/html; charset=utf-8", "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" },
    });
    response.headers.set("content-security-policy", csp);
    response.headers.set("permissions-policy", PERMISSIONS_POLICY);
    return response;
  }
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!hasSession && SIGNED_IN_AREAS.test(request.nextUrl.pathname)) {
    const url = request.nextUrl.clone();
    url.pathname = "/login";
    url.search = `?next=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
    response = NextResponse.redirect(url);
  } else {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("content-security-policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("content-security-policy", csp);
  response.headers.set("permissions-policy", PERMISSIONS_POLICY);
  if (https) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
