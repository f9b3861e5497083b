import { NextResponse, type NextRequest } from "next/server";

/**
 * Convenience only: a visitor without a session cookie is sent to sign in before a signed-in area
 * renders. Every page, Server Action and route handler still checks the user itself (lib/auth/guards.ts).
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/login";
  url.search = `?next=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/home", "/delegation/:path*", "/states/:path*", "/secretariat/:path*", "/admin/:path*"],
};
