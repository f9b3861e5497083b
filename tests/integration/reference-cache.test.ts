import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Connection } from "@/db/client";
import { appSettings, reportingCycles, users } from "@/db/schema";
import { REFERENCE_VERSION_SETTING, reference } from "@/lib/reference-cache";
import { makeUser } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

/**
 * Pages keep the reference data in memory while the database's stamp stays the same (lib/reference-cache.ts,
 * drizzle/0010_reference_version.sql). Outside a page, each call reads the settings afresh, as a new request would.
 */
let t: TestDatabase;
const holder = globalThis as typeof globalThis & { __trackerDb?: Connection };
let previous: Connection | undefined;
beforeAll(async () => {
  t = await openTestDatabase();
  previous = holder.__trackerDb;
  holder.__trackerDb = t.conn;
});
afterAll(async () => {
  holder.__trackerDb = previous;
  await t?.close();
});

async function stamp() {
  const [row] = await t.conn.db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, REFERENCE_VERSION_SETTING));
  return row?.value;
}

/** The cycles' deadlines as a page reads them, and how many times the database was asked. */
function counted() {
  let loads = 0;
  return {
    read: () =>
      reference("test:cycles", async () => {
        loads += 1;
        return t.conn.db.select({ id: reportingCycles.id, deadline: reportingCycles.deadline }).from(reportingCycles).orderBy(reportingCycles.id);
      }),
    loads: () => loads,
  };
}

describe("the reference data's stamp and the pages' copy of it", () => {
  it("answers from memory while nothing changed, and reads again after an edit through any connection", async () => {
    // UTC to the microsecond in one form: stamps compare as text (an older one is a request that began before an edit).
    expect(await stamp()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    const cycles = counted();
    const first = await cycles.read();
    expect(await cycles.read()).toBe(first);
    expect(cycles.loads()).toBe(1);

    const before = await stamp();
    const moved = new Date("2010-06-30T23:59:00Z");
    await t.conn.db.update(reportingCycles).set({ deadline: moved }).where(eq(reportingCycles.id, first[0]!.id));
    expect(await stamp()).not.toBe(before);
    const after = await cycles.read();
    expect(cycles.loads()).toBe(2);
    expect(after[0]!.deadline.toISOString()).toBe(moved.toISOString());
  });

  it("is not stamped by an edit that is rolled back", async () => {
    const before = await stamp();
    await expect(
      t.conn.db.transaction(async (tx) => {
        await tx.update(reportingCycles).set({ deadline: new Date("2011-01-01T00:00:00Z") }).where(eq(reportingCycles.targetSession, 65));
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await stamp()).toBe(before);
  });

  it("is stamped when a reviewer's name or role changes, not when a user signs in or changes language", async () => {
    const reviewer = await makeUser(t.conn.db, { role: "reviewer" });
    const before = await stamp();
    await t.conn.db.update(users).set({ locale: "fr" }).where(eq(users.id, reviewer.id));
    expect(await stamp()).toBe(before);
    await t.conn.db.update(users).set({ name: "Renamed Reviewer" }).where(eq(users.id, reviewer.id));
    expect(await stamp()).not.toBe(before);
  });

  it("keeps nothing without a stamp, and keeps no failure", async () => {
    await t.conn.db.delete(appSettings).where(eq(appSettings.key, REFERENCE_VERSION_SETTING));
    const cycles = counted();
    await cycles.read();
    await cycles.read();
    expect(cycles.loads()).toBe(2);
    // Any edit stamps it again.
    await t.conn.db.update(reportingCycles).set({ deadline: new Date("2010-06-30T23:59:00Z") }).where(eq(reportingCycles.targetSession, 65));
    expect(typeof (await stamp())).toBe("string");

    let attempts = 0;
    const failing = () =>
      reference("test:failing", async () => {
        attempts += 1;
        throw new Error("database away");
      });
    await expect(failing()).rejects.toThrow("database away");
    await expect(failing()).rejects.toThrow("database away");
    expect(attempts).toBe(2);
  });
});
