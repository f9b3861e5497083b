import { sql } from "drizzle-orm";
import type { Connection } from "@/db/client";

/**
 * Whether an error means "the database is not there" (refused, reset, shutting down, starting up)
 * rather than a bug: such errors answer 503 "try again", not 500. Walks the cause chain, since
 * drizzle wraps the driver's error.
 */
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "57P01", // admin_shutdown (pg_ctl stop/restart -m fast)
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up, shutting down)
]);

export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 6; depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (CONNECTION_CODES.has(code) || code.startsWith("08"))) return true;
    if (e instanceof Error && /Connection terminated|terminating connection|the database system is (starting up|shutting down)/i.test(e.message)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}

export type DatabaseHealth =
  | { ok: true; kind: Connection["kind"]; latencyMs: number }
  | { ok: false; kind: Connection["kind"]; reason: "unreachable" | "timeout" | "error"; code?: string; latencyMs: number };

/**
 * One `select 1` with a time limit, on the probe's own connection where there is one (PostgreSQL): asked once,
 * not through the pool's queue or its retries (db/retry-reads.ts). The `postgres` driver opens a new connection for the next
 * query after a lost one, so once the server is back this answers ok again without a restart.
 */
export async function checkDatabase(conn: Connection, timeoutMs = 2_000): Promise<DatabaseHealth> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const result = await Promise.race([(conn.probe ? conn.probe() : conn.db.execute(sql`select 1`)).then(() => "ok" as const), timeout]);
    const latencyMs = Math.round(performance.now() - started);
    if (result === "timeout") return { ok: false, kind: conn.kind, reason: "timeout", latencyMs };
    return { ok: true, kind: conn.kind, latencyMs };
  } catch (error) {
    const latencyMs = Math.round(performance.now() - started);
    const code = codeOf(error);
    return { ok: false, kind: conn.kind, reason: isDatabaseUnavailable(error) ? "unreachable" : "error", ...(code && { code }), latencyMs };
  } finally {
    clearTimeout(timer);
  }
}

function codeOf(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 6; depth += 1) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
