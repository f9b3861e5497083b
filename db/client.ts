import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { preparingStatements } from "./prepared-statements";
import { reconnectBackoff } from "./reconnect-backoff";
import { retryingReads } from "./retry-reads";
import { env } from "@/lib/env";
import { holdPgliteLock } from "@/lib/ops/pglite-lock";
import * as schema from "./schema";

/**
 * One code path for both databases: drizzle over the `postgres` driver when DATABASE_URL is set,
 * drizzle over PGlite in this process otherwise. Both are PgDatabase, so queries, transactions and
 * migrations are the same code.
 */
export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type Transaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** A function that can run inside or outside a transaction. */
export type Executor = Database | Transaction;

export interface Connection {
  db: Database;
  kind: "postgres" | "pglite";
  /** The server's URL (postgres only). */
  url?: string;
  /** The embedded database itself (pglite only): backups dump it (lib/ops/backup.ts). */
  pglite?: PGlite;
  /**
   * Asks the server `select 1` on a connection of its own (postgres only): readiness asks the server,
   * not the pool, whose queue is long when the instance is busy but well.
   */
  probe?: () => Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Bench mode (TRACKER_BENCH=1, read once at start): every statement drizzle sends is counted,
 * so the route bench can print how many queries a page costs (GET /api/bench/queries, which answers
 * 404 otherwise). The queries themselves are the same with or without it.
 */
const countQueries = process.env.TRACKER_BENCH === "1";
/** With TRACKER_BENCH_SQL=1 as well, each statement is printed to stderr: where a page's queries come from. */
const printQueries = countQueries && process.env.TRACKER_BENCH_SQL === "1";
const counter = globalThis as typeof globalThis & { __trackerQueryCount?: number };
const queryLogger = countQueries
  ? {
      logQuery(query: string) {
        counter.__trackerQueryCount = (counter.__trackerQueryCount ?? 0) + 1;
        if (printQueries) console.error(`[sql] ${query.replace(/\s+/g, " ").slice(0, 240)}`);
      },
    }
  : undefined;

/** Statements sent since the process started, or null outside bench mode. */
export function queryCount(): number | null {
  return countQueries ? (counter.__trackerQueryCount ?? 0) : null;
}

export function connectPostgres(url: string, max = env().DATABASE_POOL_MAX): Connection {
  // Reads met by a restart are asked again (db/retry-reads.ts).
  const client = retryingReads(preparingStatements(postgres(url, { max, onnotice: () => {}, connect_timeout: 10, backoff: reconnectBackoff })));
  let probeClient: postgres.Sql | undefined;
  return {
    db: drizzlePostgres(client, { schema, logger: queryLogger }) as unknown as Database,
    kind: "postgres",
    url,
    probe: () => (probeClient ??= postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 2, idle_timeout: 60, backoff: reconnectBackoff }))`select 1`.then(() => undefined),
    close: async () => {
      await Promise.all([client.end({ timeout: 5 }), probeClient?.end({ timeout: 1 })]);
    },
  };
}

/**
 * PGlite's shared buffers: PostgreSQL's default, 128 MB, is set aside in the engine's memory, which
 * never shrinks, at start. The embedded database serves one process and its files stay in the
 * system's page cache: 32 MB kept the pages as fast and the server about 100 MB smaller (README, "Memory").
 */
const PGLITE_SHARED_BUFFERS = "32MB";

/** `dataDir` undefined means in memory (tests). */
export function connectPglite(dataDir?: string): Connection {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const client = new PGlite(dataDir, { startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${PGLITE_SHARED_BUFFERS}`] });
  // Tells `npm run backup`/`restore` that a process has this folder open (lib/ops/backup.ts).
  const releaseLock = dataDir ? holdPgliteLock(dataDir) : () => {};
  return {
    db: drizzlePglite(client, { schema, logger: queryLogger }) as unknown as Database,
    kind: "pglite",
    pglite: client,
    close: () => client.close().finally(releaseLock),
  };
}

export function connectFromEnv(): Connection {
  const e = env();
  if (e.DATABASE_URL) return connectPostgres(e.DATABASE_URL);
  // The data folder is chosen at run time, not traced at build time.
  return connectPglite(path.resolve(/* turbopackIgnore: true */ process.cwd(), e.PGLITE_DATA_DIR));
}

// One connection per process, kept on globalThis so Next's module reloading never opens a second
// PGlite on the same folder (PGlite allows one opener).
const holder = globalThis as typeof globalThis & { __trackerDb?: Connection };

export function connection(): Connection {
  holder.__trackerDb ??= connectFromEnv();
  return holder.__trackerDb;
}

export function db(): Database {
  return connection().db;
}
