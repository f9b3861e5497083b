import { readFileSync } from "node:fs";
import path from "node:path";
import { count, eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as s from "@/db/schema";
import { seedReferenceData } from "@/db/seed";
import { openTestDatabase, type TestDatabase } from "./harness";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t?.close());

const tableCounts = async () => {
  const db = t.conn.db;
  const n = async (table: PgTable) => (await db.select({ n: count() }).from(table))[0]!.n;
  return {
    states: await n(s.memberStates),
    resolutions: await n(s.resolutions),
    paragraphs: await n(s.paragraphs),
    items: await n(s.requestedItems),
    sessions: await n(s.gaSessions),
    cycles: await n(s.reportingCycles),
    experts: await n(s.expertGroupMembers),
    expertSessions: await n(s.expertGroupSessions),
    milestones: await n(s.milestones),
  };
};

describe("seeded reference data", () => {
  it("holds the 193 Member States, the resolution and its timeline", async () => {
    expect(await tableCounts()).toEqual({
      states: 193,
      resolutions: 1,
      paragraphs: 5,
      items: 4,
      sessions: 4,
      cycles: 3,
      experts: 15,
      expertSessions: 4,
      milestones: expect.any(Number),
    });
  });

  it("is idempotent: seeding again changes nothing", async () => {
    const before = await tableCounts();
    await seedReferenceData(t.conn.db);
    expect(await tableCounts()).toEqual(before);
  });

  it("stores the paragraphs and items exactly as adopted", async () => {
    const source = readFileSync(path.join(process.cwd(), "db/seed/source/A-RES-62-17.txt"), "utf8").replace(/\s+/g, " ");
    const paragraphs = await t.conn.db.select().from(s.paragraphs).orderBy(s.paragraphs.number);
    for (const p of paragraphs) {
      expect(source).toContain(`${p.number}. *${p.verb}* ${p.text}`);
    }
    const items = await t.conn.db.select().from(s.requestedItems).orderBy(s.requestedItems.letter);
    expect(items.map((i) => i.letter)).toEqual(["a", "b", "c", "d"]);
    for (const i of items) expect(source).toContain(`(${i.letter}) ${i.text}`);
  });

  it("dates the resolution and the sessions", async () => {
    const [r] = await t.conn.db.select().from(s.resolutions);
    expect(r).toMatchObject({ symbol: "A/RES/62/17", adoptedOn: "2007-12-05", session: 62, agendaItem: 93 });
    const sessions = await t.conn.db.select().from(s.gaSessions).orderBy(s.gaSessions.number);
    expect(sessions.find((x) => x.number === 65)?.openingDate).toBe("2010-09-14");
  });

  it("counts the States per group as the UN does, with the exceptions", async () => {
    const rows = await t.conn.db
      .select({ group: s.memberStates.electoralGroup, n: sql<number>`count(*)::int` })
      .from(s.memberStates)
      .groupBy(s.memberStates.electoralGroup);
    expect(Object.fromEntries(rows.map((r) => [r.group, r.n]))).toEqual({
      african: 54,
      asia_pacific: 54,
      eastern_european: 23,
      latin_american_caribbean: 33,
      western_european_others: 29,
    });
    const [usa] = await t.conn.db.select().from(s.memberStates).where(eq(s.memberStates.iso3, "USA"));
    expect(usa).toMatchObject({ regionalGroup: null, electoralGroup: "western_european_others" });
    const [tur] = await t.conn.db.select().from(s.memberStates).where(eq(s.memberStates.iso3, "TUR"));
    expect(tur).toMatchObject({ regionalGroup: "western_european_others", alsoListedIn: "asia_pacific" });
  });

  it("keeps the 65th-session cycle open with a New York deadline, and closes the two before", async () => {
    const cycles = await t.conn.db.select().from(s.reportingCycles).orderBy(s.reportingCycles.targetSession);
    expect(cycles.map((c) => [c.targetSession, c.closedAt !== null])).toEqual([
      [63, true],
      [64, true],
      [65, false],
    ]);
    // 31 May 2010 23:59 in New York (EDT, UTC-4) is 1 June 2010 03:59 UTC.
    expect(cycles[2]!.deadline.toISOString()).toBe("2010-06-01T03:59:00.000Z");
    expect(cycles[2]!.noteVerbaleDate).toBe("2010-02-26");
  });
});
