import { handlers } from "@/lib/auth";
import { currentSession } from "@/lib/auth/guards";
import { msg, translateMessage } from "@/lib/i18n/message-key";
import { requestTranslator } from "@/lib/i18n/server-translator";
import { routeHandler } from "@/lib/route";

/**
 * Auth.js's endpoints, with three answers of our own: its error page (which answers 500 for
 * "Configuration") is a plain 400; the session it reports is checked against the database like
 * every request (a disabled user, a session ended on the server or a second factor still to give
 * report no session, not the cookie's stale claims); POSTs from another origin are refused (routeHandler).
 */
export const GET = routeHandler(async (request: Request) => {
  const path = new URL(request.url).pathname;
  if (path === "/api/auth/error") {
    return Response.json({ error: "sign_in_failed", message: translateMessage(await requestTranslator(), msg("serviceErrors.signInFailed")) }, { status: 400 });
  }
  if (path === "/api/auth/session") {
    const session = await currentSession();
    if (!session?.complete) return Response.json(null, { headers: { "cache-control": "private, no-store" } });
    const { name, email, role } = session.user;
    return Response.json({ user: { name, email, role } }, { headers: { "cache-control": "private, no-store" } });
  }
  return handlers.GET(request as Parameters<typeof handlers.GET>[0]);
}, "/api/auth/[...nextauth]");

export const POST = routeHandler(async (request: Request) => handlers.POST(request as Parameters<typeof handlers.POST>[0]), "/api/auth/[...nextauth]");
