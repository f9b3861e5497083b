import path from "node:path";
import { pathToFileURL } from "node:url";
import { count, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPostgres, type Connection } from "@/db/client";
import { READ_RETRY_DELAYS_MS } from "@/db/retry-reads";
import { memberStates } from "@/db/schema";
import { NextRequest } from "next/server";
import { checkDatabase, isDatabaseUnavailable } from "@/lib/ops/db-health";
import { clearOutageNote, databaseAnswers, noteRequestError, outageNotedSince } from "@/lib/ops/outage";
import { proxy } from "@/proxy";

/** Readiness asked every 200 ms, for up to 10 s, until the server answers again. */
async function readyAgain(connection: Connection) {
  let up = await checkDatabase(connection);
  for (let i = 0; i < 50 && !up.ok; i += 1) {
    await new Promise((r) => setTimeout(r, 200));
    up = await checkDatabase(connection);
  }
  return up;
}

interface Cluster {
  urlFor(name: string): string;
  stop(): Promise<void>;
  ctl(action: "start" | "stop" | "restart", options?: { mode?: string }): void;
}

/**
 * Readiness on a PostgreSQL server of its own (stopped and started here, so not the shared test
 * cluster): 503-worthy while the server is down, ready again once it is back, on the same
 * connection pool, without reopening anything. It starts its own cluster, so it runs the same in both passes of `npm test`.
 */
describe("readiness while PostgreSQL goes away and comes back", () => {
  let cluster: Cluster;
  let conn: Connection;

  beforeAll(async () => {
    const { startCluster } = (await import(pathToFileURL(path.resolve("scripts/pg-cluster.mjs")).href)) as {
      startCluster(o: { databases: string[] }): Promise<Cluster>;
    };
    cluster = await startCluster({ databases: ["ready"] });
    conn = connectPostgres(cluster.urlFor("ready"), 3);
  }, 120_000);
  afterAll(async () => {
    await conn?.close();
    await cluster?.stop();
  });

  it("says ready, then unreachable, then ready again by itself", async () => {
    expect(await checkDatabase(conn)).toMatchObject({ ok: true, kind: "postgres" });

    cluster.ctl("stop", { mode: "fast" });
    const down = await checkDatabase(conn);
    expect(down).toMatchObject({ ok: false, reason: "unreachable" });
    // A query of the app fails with an error the routes answer with 503, not 500.
    const error = await conn.db.select({ n: count() }).from(memberStates).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailable(error)).toBe(true);

    cluster.ctl("start");
    expect(await readyAgain(conn)).toMatchObject({ ok: true });
    // The pool serves ordinary queries again.
    await expect(conn.db.execute(sql`select 1 as one`)).resolves.toMatchObject([{ one: 1 }]);
  }, 60_000);

  it("survives pg_ctl restart -m fast: the next query reconnects", async () => {
    expect((await checkDatabase(conn)).ok).toBe(true);
    cluster.ctl("restart", { mode: "fast" });
    expect((await readyAgain(conn)).ok).toBe(true);
  }, 60_000);

  it("prepares each statement once per connection, in and out of a transaction, and again after a restart", async () => {
    const one = connectPostgres(cluster.urlFor("ready"), 1);
    // This database has no tables of the app: the statement reads the catalog, with a parameter as the app's do.
    const probe = (name: string) => sql`select count(*)::int as n from pg_namespace where nspname = ${name}`;
    const copiesSql = sql`select count(*)::int as n from pg_prepared_statements where statement like '%pg_namespace where nspname%'`;
    const copies = async (db: Pick<Connection["db"], "execute">) => ((await db.execute(copiesSql)) as unknown as { n: number }[])[0]!.n;
    try {
      await one.db.execute(probe("public"));
      await one.db.execute(probe("pg_catalog"));
      await one.db.transaction(async (tx) => {
        await tx.execute(probe("information_schema"));
        // The transaction runs on the pool's only connection: it finds the statement prepared, and makes no second copy.
        expect(await copies(tx)).toBe(1);
      });
      expect(await copies(one.db)).toBe(1);

      cluster.ctl("restart", { mode: "fast" });
      for (let i = 0; i < 50 && !(await checkDatabase(one)).ok; i += 1) await new Promise((r) => setTimeout(r, 200));
      // The new connection prepares it again when first asked.
      await expect(one.db.execute(probe("public"))).resolves.toMatchObject([{ n: 1 }]);
      expect(await copies(one.db)).toBe(1);
    } finally {
      await one.close();
    }
  }, 60_000);

  it("a transaction cut by a restart leaves its connection fit for the next statement, and throws nothing outside the request", async () => {
    const one = connectPostgres(cluster.urlFor("ready"), 1);
    const uncaught: unknown[] = [];
    const keep = (error: unknown) => uncaught.push(error);
    process.on("uncaughtException", keep);
    try {
      await one.db.execute(sql`select 1`);
      // A save's transaction when PostgreSQL restarts: its statement fails, and the driver sends ROLLBACK on the
      // connection that has just closed (postgres.js 3.4.9 then threw from a timer and kept the bytes for the next connection).
      const cut = one.db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        setTimeout(() => cluster.ctl("restart", { mode: "fast" }), 100);
        await tx.execute(sql`select pg_sleep(2)`);
      });
      await expect(cut).rejects.toBeTruthy();
      const started = performance.now();
      await expect(one.db.execute(sql`select 3 as n`)).resolves.toMatchObject([{ n: 3 }]);
      // Not the ten seconds of the driver's connect timeout, waiting on a connection that never sent its start-up.
      expect(performance.now() - started).toBeLessThan(5_000);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(uncaught).toEqual([]);
    } finally {
      process.off("uncaughtException", keep);
      await one.close();
    }
  }, 60_000);

  it("says ready while every connection of the pool is busy: it asks on a connection of its own", async () => {
    const busy = connectPostgres(cluster.urlFor("ready"), 1);
    try {
      const holding = busy.db.execute(sql`select pg_sleep(3)`).then(() => "slept");
      await new Promise((r) => setTimeout(r, 200));
      // The pool's only connection sleeps for 3 s; readiness gives up after 2 s if it waits behind it.
      expect(await checkDatabase(busy)).toMatchObject({ ok: true });
      expect(await holding).toBe("slept");
    } finally {
      await busy.close();
    }
  }, 30_000);

  it("a read met by a restart gets its answer once the server is back; a write is not sent again", async () => {
    expect((await checkDatabase(conn)).ok).toBe(true);
    cluster.ctl("stop", { mode: "fast" });
    const started = performance.now();
    // A promise, so the statement is sent once (drizzle sends it again on every `then`).
    const read = conn.db.execute<{ n: number }>(sql`select 41 + 1 as n`).then((rows) => rows);
    const settled: string[] = [];
    const write = conn.db.execute(sql`update app_settings set updated_at = updated_at where false`).then(
      () => "done",
      (e: unknown) => (isDatabaseUnavailable(e) ? "unavailable" : e),
    );
    // Readiness asks on a connection of its own, once.
    const probe = checkDatabase(conn).then((health) => (health.ok ? "answered" : health.reason));
    void write.then(() => settled.push("write"));
    void probe.then(() => settled.push("probe"));
    void read.then(
      () => settled.push("read"),
      () => settled.push("read"),
    );
    // The write and the readiness probe are asked once: they fail while the read is still being asked again.
    expect(await write).toBe("unavailable");
    expect(await probe).toBe("unreachable");
    expect(settled).not.toContain("read");
    cluster.ctl("start");
    expect(await read).toMatchObject([{ n: 42 }]);
    // It failed at least once (the server was down when it was first sent) and was asked again.
    expect(performance.now() - started).toBeGreaterThanOrEqual(READ_RETRY_DELAYS_MS[0]);
  }, 60_000);

  it("a read gives up after its last retry while the server stays away", async () => {
    cluster.ctl("stop", { mode: "fast" });
    try {
      const started = performance.now();
      const error = await conn.db.execute(sql`select 1`).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isDatabaseUnavailable(error)).toBe(true);
      expect(performance.now() - started).toBeGreaterThanOrEqual(READ_RETRY_DELAYS_MS.reduce((a, b) => a + b, 0));
    } finally {
      cluster.ctl("start");
    }
    expect((await readyAgain(conn)).ok).toBe(true);
  }, 60_000);

  it("waits at most a second between tries to reconnect, however many tries failed while the server was away", async () => {
    // db/reconnect-backoff.ts: postgres.js's own wait before a connection's next try reaches 20 s after seven failed
    // tries of the pool. On deadline day, requests that met a restart waited that long (17 s).
    const pool = connectPostgres(cluster.urlFor("ready"), 4);
    // A statement that may write is never asked again (db/retry-reads.ts): each one is one try, answered as it fails.
    const write = async () => {
      const started = performance.now();
      const outcome = await pool.db.execute(sql`select pg_notify('tracker_test', '')`).then(
        () => "done",
        (e: unknown) => (isDatabaseUnavailable(e) ? "unavailable" : e),
      );
      return { outcome, ms: performance.now() - started };
    };
    try {
      expect((await write()).outcome).toBe("done");
      cluster.ctl("stop", { mode: "fast" });
      const away = [];
      for (let i = 0; i < 10; i += 1) away.push(await write());
      expect(away.map((w) => w.outcome)).toEqual(Array(10).fill("unavailable"));
      expect(Math.max(...away.map((w) => w.ms))).toBeLessThan(1_500);
      cluster.ctl("start");
      expect((await readyAgain(pool)).ok).toBe(true);
      // The pool's own connections come back at their next try, within a second.
      const back = await write();
      expect(back.outcome).toBe("done");
      expect(back.ms).toBeLessThan(1_500);
    } finally {
      await pool.close();
    }
  }, 120_000);

  it("pages answer 503 in the reader's language while the database is away, and render again once it is back", async () => {
    const url = cluster.urlFor("ready");
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = url;
    const page = () => proxy(new NextRequest("http://127.0.0.1:3000/published", { headers: { "accept-language": "fr-CH, en;q=0.5" } }));
    try {
      clearOutageNote();
      // No outage noted: no probe, pages render even with the database stopped (nothing is asked of it).
      expect(await databaseAnswers(url)).toBe(true);
      expect((await page()).status).not.toBe(503);

      cluster.ctl("stop", { mode: "fast" });
      const error = await conn.db.execute(sql`select 1`).then(
        () => undefined,
        (e: unknown) => e,
      );
      noteRequestError(error);
      expect(outageNotedSince()).not.toBeNull();
      const away = await page();
      expect(away.status).toBe(503);
      expect(away.headers.get("retry-after")).toBe("5");
      expect(away.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
      const html = await away.text();
      expect(html).toContain('lang="fr"');
      expect(html).toContain("Le service est momentanément indisponible");
      // Route handlers and Server Actions answer for themselves (JSON 503, "retrying").
      expect((await proxy(new NextRequest("http://127.0.0.1:3000/api/health"))).status).not.toBe(503);

      cluster.ctl("start");
      let up = await databaseAnswers(url);
      for (let i = 0; i < 50 && !up; i += 1) {
        await new Promise((r) => setTimeout(r, 250));
        up = await databaseAnswers(url);
      }
      expect(up).toBe(true);
      expect(outageNotedSince()).toBeNull();
      expect((await page()).status).not.toBe(503);
    } finally {
      clearOutageNote();
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  }, 60_000);
});
