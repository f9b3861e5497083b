import path from "node:path";
import { pathToFileURL } from "node:url";
import { count, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPostgres, type Connection } from "@/db/client";
import { memberStates } from "@/db/schema";
import { checkDatabase, isDatabaseUnavailable } from "@/lib/ops/db-health";

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
    let up = await checkDatabase(conn);
    for (let i = 0; i < 50 && !up.ok; i += 1) {
      await new Promise((r) => setTimeout(r, 200));
      up = await checkDatabase(conn);
    }
    expect(up).toMatchObject({ ok: true });
    // The pool serves ordinary queries again.
    await expect(conn.db.execute(sql`select 1 as one`)).resolves.toMatchObject([{ one: 1 }]);
  }, 60_000);

  it("survives pg_ctl restart -m fast: the next query reconnects", async () => {
    expect((await checkDatabase(conn)).ok).toBe(true);
    cluster.ctl("restart", { mode: "fast" });
    let up = await checkDatabase(conn);
    for (let i = 0; i < 50 && !up.ok; i += 1) {
      await new Promise((r) => setTimeout(r, 200));
      up = await checkDatabase(conn);
    }
    expect(up.ok).toBe(true);
  }, 60_000);
});
