import { connection as requestTime } from "next/server";
import { connection } from "@/db/client";
import { checkDatabase } from "@/lib/ops/db-health";
import { log, requestIdFrom, withRequestId } from "@/lib/ops/log";
import { observeRequest } from "@/lib/ops/metrics";

/**
 * Readiness, for the load balancer's health check: 200 when the database answers `select 1`
 * within 2 s, else 503 with the reason. The database layer reconnects by itself, so an instance
 * that answered 503 turns ready again once the database is back, without a restart.
 */
const ROUTE = "/api/health/ready";
const lastState = globalThis as typeof globalThis & { __trackerReady?: boolean };

export async function GET(request: Request) {
  await requestTime();
  const started = performance.now();
  const requestId = requestIdFrom(request.headers);
  const health = await checkDatabase(connection());
  if (lastState.__trackerReady !== health.ok) {
    // Log the transitions only: a health check every second would flood the log.
    withRequestId(requestId, () => (health.ok ? log.info("ready: database reachable", { ...health }) : log.warn("not ready: database unreachable", { ...health })));
    lastState.__trackerReady = health.ok;
  }
  const body = health.ok
    ? { status: "ready", database: { kind: health.kind, latencyMs: health.latencyMs } }
    : {
        status: "unavailable",
        message: "The database cannot be reached; this instance answers again as soon as it is back.",
        database: { kind: health.kind, reason: health.reason, code: health.code, latencyMs: health.latencyMs },
      };
  const status = health.ok ? 200 : 503;
  observeRequest(ROUTE, "GET", status, (performance.now() - started) / 1000);
  return Response.json(body, { status, headers: { "cache-control": "no-store", "x-request-id": requestId } });
}
