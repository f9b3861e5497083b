import { count } from "drizzle-orm";
import { db } from "@/db/client";
import { memberStates } from "@/db/schema";

/**
 * Bench mode only (TRACKER_BENCH=1): the floor the route bench measures every page against. A
 * dynamic request through the same build, server and proxy that runs one query and answers a tiny
 * HTML page, without the root layout, the session check, the catalog or React's two renders
 * (flight payload, then HTML). Outside bench mode it answers 404.
 */
export const dynamic = "force-dynamic";

const benchMode = process.env.TRACKER_BENCH === "1";

export async function GET() {
  if (!benchMode) return new Response("Not found", { status: 404 });
  const [row] = await db().select({ n: count() }).from(memberStates);
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor</title></head><body><main><h1>Member States</h1><p>${row?.n ?? 0}</p></main></body></html>`;
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
