import { queryCount } from "@/db/client";

/**
 * Bench mode only (TRACKER_BENCH=1): how many statements the database client has sent since the
 * server started, and where the server's memory is (process.memoryUsage(): V8 heap, external and
 * array buffers, which hold PGlite's WebAssembly memory). The route bench reads it before and after
 * one request to print a page's query count. Outside bench mode it answers 404.
 */
export const dynamic = "force-dynamic";

export function GET() {
  const count = queryCount();
  if (count === null) return new Response("Not found", { status: 404 });
  const m = process.memoryUsage();
  const mb = (n: number) => Math.round((n / 2 ** 20) * 10) / 10;
  const memory = { rssMb: mb(m.rss), heapTotalMb: mb(m.heapTotal), heapUsedMb: mb(m.heapUsed), externalMb: mb(m.external), arrayBuffersMb: mb(m.arrayBuffers) };
  return Response.json({ queries: count, memory }, { headers: { "cache-control": "no-store" } });
}
