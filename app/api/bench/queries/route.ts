import { queryCount } from "@/db/client";

/**
 * Bench mode only (TRACKER_BENCH=1): how many statements the database client has sent since the
 * server started. The route bench reads it before and after one request to print a page's query
 * count. Outside bench mode it answers 404.
 */
export const dynamic = "force-dynamic";

export function GET() {
  const count = queryCount();
  if (count === null) return new Response("Not found", { status: 404 });
  return Response.json({ queries: count }, { headers: { "cache-control": "no-store" } });
}
