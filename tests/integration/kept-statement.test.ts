import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Executor } from "@/db/client";
import { keptStatement } from "@/db/kept-statement";
import { memberStates } from "@/db/schema";
import { openTestDatabase, type TestDatabase } from "./harness";

/*
 * A statement kept for a database (db/kept-statement.ts) answers with each call's own values, and inside a
 * transaction it runs in that transaction, never beside it on the database's own connections.
 */

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

let builds = 0;
const stateName = keptStatement((db: Executor) => {
  builds += 1;
  return db
    .select({ name: memberStates.name })
    .from(memberStates)
    .where(eq(memberStates.iso3, sql.placeholder("iso3")))
    .prepare("kept_statement_test");
});

describe("keptStatement", () => {
  it("is built once per database and answers with each call's values", async () => {
    builds = 0;
    expect(await stateName(t.conn.db).execute({ iso3: "FRA" })).toEqual([{ name: "France" }]);
    expect(await stateName(t.conn.db).execute({ iso3: "KEN" })).toEqual([{ name: "Kenya" }]);
    expect(stateName(t.conn.db)).toBe(stateName(t.conn.db));
    expect(builds).toBe(1);
  });

  it("runs inside a transaction when given one, so it reads what the transaction wrote and nothing is left after a rollback", async () => {
    const rolledBack = new Error("roll back");
    await expect(
      t.conn.db.transaction(async (tx) => {
        await tx.update(memberStates).set({ name: "Renamed in a transaction" }).where(eq(memberStates.iso3, "FRA"));
        expect(await stateName(tx).execute({ iso3: "FRA" })).toEqual([{ name: "Renamed in a transaction" }]);
        throw rolledBack;
      }),
    ).rejects.toBe(rolledBack);
    expect(await stateName(t.conn.db).execute({ iso3: "FRA" })).toEqual([{ name: "France" }]);
  });
});
