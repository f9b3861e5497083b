import { timingSafeEqual } from "node:crypto";
import { and, count, eq, gt, like, sql } from "drizzle-orm";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { Connection } from "@/db/client";
import { executedRows } from "@/db/rows";
import { loginAttempts, outbox } from "@/db/schema";
import { THROTTLE_WINDOW_MS } from "@/lib/auth/credentials";
import { checkDatabase } from "./db-health";

/**
 * Prometheus metrics of one app instance, served by /api/metrics behind METRICS_TOKEN. The
 * registry lives on globalThis: Next bundles every route on its own, and they must share it.
 * Counters and histograms are per instance (Prometheus sums them); the database gauges (outbox
 * backlog, sign-in failures, connections) are read at scrape time and are the same on every instance.
 */
interface Metrics {
  registry: Registry;
  httpDuration: Histogram<"route" | "method" | "status">;
  actionDuration: Histogram<"action" | "outcome">;
  unavailable: Counter<"source">;
  databaseUp: Gauge;
  databaseProbe: Gauge;
  poolMax: Gauge;
  connections: Gauge<"state">;
  outboxBacklog: Gauge<"status">;
  signinFailures: Gauge;
}

const holder = globalThis as typeof globalThis & { __trackerMetrics?: Metrics };

export function metrics(): Metrics {
  if (holder.__trackerMetrics) return holder.__trackerMetrics;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "tracker_" });
  const m: Metrics = {
    registry,
    httpDuration: new Histogram({
      name: "tracker_http_request_duration_seconds",
      help: "Duration of route handler requests, by route pattern, method and status.",
      labelNames: ["route", "method", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    actionDuration: new Histogram({
      name: "tracker_server_action_duration_seconds",
      help: "Duration of Server Actions, by action and outcome (ok or the error code).",
      labelNames: ["action", "outcome"],
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    unavailable: new Counter({
      name: "tracker_database_unavailable_errors_total",
      help: "Requests answered 503 because the database could not be reached.",
      labelNames: ["source"],
      registers: [registry],
    }),
    databaseUp: new Gauge({ name: "tracker_database_up", help: "1 when `select 1` succeeded at scrape time.", registers: [registry] }),
    databaseProbe: new Gauge({ name: "tracker_database_probe_seconds", help: "Time `select 1` took at scrape time.", registers: [registry] }),
    poolMax: new Gauge({ name: "tracker_database_pool_max", help: "Connections this instance may open (DATABASE_POOL_MAX; 1 for PGlite).", registers: [registry] }),
    connections: new Gauge({
      name: "tracker_database_connections",
      help: "Server connections to the app's database, from pg_stat_activity (all instances), by state.",
      labelNames: ["state"],
      registers: [registry],
    }),
    outboxBacklog: new Gauge({
      name: "tracker_outbox_messages",
      help: "Reminder messages in the outbox not sent (pending, or failed after retries).",
      labelNames: ["status"],
      registers: [registry],
    }),
    signinFailures: new Gauge({
      name: "tracker_signin_failures_recent",
      help: "Failed sign-ins over the throttle window (15 minutes), all instances.",
      registers: [registry],
    }),
  };
  holder.__trackerMetrics = m;
  return m;
}

/** Records a route handler's duration; `route` is the pattern (never the URL: no unbounded labels). */
export function observeRequest(route: string, method: string, status: number, seconds: number): void {
  metrics().httpDuration.observe({ route, method, status: String(status) }, seconds);
}

/** For the Server Action wrapper: `observeAction(name, outcome, seconds)`. */
export function observeAction(action: string, outcome: string, seconds: number): void {
  metrics().actionDuration.observe({ action, outcome }, seconds);
}

export function countUnavailable(source: string): void {
  metrics().unavailable.inc({ source });
}

/** Reads the database gauges, then renders the registry in Prometheus' text format. */
export async function renderMetrics(conn: Connection, poolMax: number): Promise<string> {
  const m = metrics();
  const health = await checkDatabase(conn);
  m.databaseUp.set(health.ok ? 1 : 0);
  m.databaseProbe.set(health.latencyMs / 1000);
  m.poolMax.set(conn.kind === "postgres" ? poolMax : 1);
  m.connections.reset();
  m.outboxBacklog.reset();
  m.signinFailures.reset();
  if (health.ok) {
    try {
      const backlog = await conn.db.select({ status: outbox.status, n: count() }).from(outbox).where(sql`${outbox.status} <> 'sent'`).groupBy(outbox.status);
      m.outboxBacklog.set({ status: "pending" }, 0);
      m.outboxBacklog.set({ status: "failed" }, 0);
      for (const row of backlog) m.outboxBacklog.set({ status: row.status }, row.n);
      const since = new Date(Date.now() - THROTTLE_WINDOW_MS);
      // Each attempt writes an email: row and an ip: row; count the email rows once per attempt.
      const [failures] = await conn.db
        .select({ n: count() })
        .from(loginAttempts)
        .where(and(eq(loginAttempts.succeeded, false), gt(loginAttempts.attemptedAt, since), like(loginAttempts.key, "email:%")));
      m.signinFailures.set(failures?.n ?? 0);
      if (conn.kind === "postgres") {
        const rows = executedRows<{ state: string; n: number }>(
          await conn.db.execute(sql`select coalesce(state, 'unknown') as state, count(*)::int as n from pg_stat_activity where datname = current_database() group by 1`),
        );
        for (const row of rows) m.connections.set({ state: row.state }, row.n);
      }
    } catch {
      // The database went away between the probe and these queries: the gauges stay empty.
    }
  }
  return m.registry.metrics();
}

export function metricsContentType(): string {
  return metrics().registry.contentType;
}

/** Constant-time comparison of `Authorization: Bearer <token>` with the configured token. */
export function bearerMatches(request: Request, token: string): boolean {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
