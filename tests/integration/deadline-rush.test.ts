import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, memberStates, revisions, submissions, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { submitReply } from "@/lib/submissions/service";
import { newYorkTime } from "@/lib/time";
import { cycleFor } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t?.close());

describe("the last minutes before the deadline", () => {
  it("takes all 193 delegations submitting at once: nothing lost, every submission audited", async () => {
    const states = await t.conn.db.select().from(memberStates);
    const passwordHash = await hashPassword("not used here");
    const officers = await t.conn.db
      .insert(users)
      .values(states.map((s) => ({ email: `rush-${s.iso3.toLowerCase()}@test.example`, name: `Officer of ${s.name}`, role: "delegation" as const, memberStateId: s.id, passwordHash })))
      .returning();
    const now = newYorkTime("2010-05-31T23:58");
    const results = await Promise.allSettled(
      officers.map((o) =>
        submitReply(
          { db: t.conn.db, actor: o, now },
          {
            iso3: states.find((s) => s.id === o.memberStateId)!.iso3,
            session: 65,
            letter: "a",
            body: `Views of ${o.name}.`,
            language: "en",
            isNilReply: false,
            publication: "public",
            expectedVersion: 0,
          },
        ),
      ),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const cycle = await cycleFor(t.conn.db, 65);
    const [rows] = await t.conn.db.select({ n: count() }).from(submissions).where(and(eq(submissions.cycleId, cycle.id), eq(submissions.status, "submitted")));
    const [audits] = await t.conn.db.select({ n: count() }).from(auditEvents).where(and(eq(auditEvents.cycleId, cycle.id), eq(auditEvents.action, "submission.submit")));
    const [revs] = await t.conn.db.select({ n: count() }).from(revisions).where(eq(revisions.kind, "submission"));
    expect([rows!.n, audits!.n, revs!.n]).toEqual([193, 193, 193]);
    const late = await t.conn.db.select().from(submissions).where(eq(submissions.isLate, true));
    expect(late).toEqual([]);
  });
});
