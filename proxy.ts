import { NextResponse, type NextRequest } from "next/server";
import { isSameOriginRequest } from "@/lib/net/origin";
import { contentSecurityPolicy, PERMISSIONS_POLICY, STRICT_TRANSPORT_SECURITY } from "@/lib/net/security-headers";

/**
 * Runs before every request (static files aside):
 * - a fresh nonce and the Content-Security-Policy carrying it (Next.js reads the policy from the
 *   request to put the nonce on its scripts), Permissions-Policy, and HSTS over HTTPS;
 * - a Server Action posted from another origin is refused here with 403 (Next.js would answer 500);
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

export function proxy(request: NextRequest) {
  if (request.method === "POST" && request.headers.has("next-action") && !isSameOriginRequest(request.headers, request.url)) {
    return new NextResponse("This request did not come from this site's own pages.", { status: 403, headers: { "content-type": "text/plain; charset=utf-8" } });
  }

  const https = isHttps(request);
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, { https, development: process.env.NODE_ENV === "development" });

  let response: NextResponse;
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
