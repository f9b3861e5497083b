import { connection as requestTime } from "next/server";
import { connection } from "@/db/client";
import { env } from "@/lib/env";
import { bearerMatches, metricsContentType, renderMetrics } from "@/lib/ops/metrics";

/**
 * Prometheus metrics of this instance (scrape every instance, not the load balancer):
 * `Authorization: Bearer $METRICS_TOKEN`. Without METRICS_TOKEN set the endpoint does not exist (404).
 */
export async function GET(request: Request) {
  await requestTime();
  const e = env();
  if (!e.METRICS_TOKEN) return new Response("Not found.\n", { status: 404 });
  if (!bearerMatches(request, e.METRICS_TOKEN)) {
    return new Response("Unauthorized.\n", { status: 401, headers: { "www-authenticate": 'Bearer realm="metrics"' } });
  }
  const text = await renderMetrics(connection(), e.DATABASE_POOL_MAX);
  return new Response(text, { headers: { "content-type": metricsContentType(), "cache-control": "no-store" } });
}
