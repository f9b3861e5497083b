import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, submissions, users } from "@/db/schema";
import { getCycleStatusCounts, getStateCycleItems } from "@/lib/submissions/queries";
import { recordAudit } from "@/lib/audit";
import { msg } from "@/lib/i18n/message-key";
import { systemContext, withTransaction } from "@/lib/context";
import { createUser } from "@/lib/users";
import { cycleFor, itemsOf, makeUser, stateByIso3 } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t?.close());

describe("the audit log", () => {
  it("accepts new events and refuses to change or delete them", async () => {
    const actor = await makeUser(t.conn.db, { role: "admin" });
    await recordAudit(t.conn.db, { actorId: actor.id, action: "clock.set", entityType: "test", entityId: "1" });
    const [event] = await t.conn.db.select().from(auditEvents).where(eq(auditEvents.entityType, "test"));
    expect(event).toBeDefined();
    await expect(t.conn.db.update(auditEvents).set({ action: "rewritten" }).where(eq(auditEvents.id, event!.id))).rejects.toThrow();
    await expect(t.conn.db.delete(auditEvents).where(eq(auditEvents.id, event!.id))).rejects.toThrow();
    await expect(t.conn.db.execute(sql`truncate audit_events`)).rejects.toThrow();
    const [still] = await t.conn.db.select().from(auditEvents).where(eq(auditEvents.id, event!.id));
    expect(still!.action).toBe("clock.set");
  });
});

describe("submissions", () => {
  it("allows one row per State, cycle and item", async () => {
    const state = await stateByIso3(t.conn.db, "BRA");
    const cycle = await cycleFor(t.conn.db, 65);
    const [item] = await itemsOf(t.conn.db, cycle.resolutionId);
    const row = { memberStateId: state.id, cycleId: cycle.id, itemId: item!.id };
    await t.conn.db.insert(submissions).values(row);
    await expect(t.conn.db.insert(submissions).values(row)).rejects.toThrow();
  });

  it("counts every State and item, missing rows as not started", async () => {
    const cycle = await cycleFor(t.conn.db, 64);
    const items = await itemsOf(t.conn.db, cycle.resolutionId);
    const states = await Promise.all(["KEN", "CHL", "JPN"].map((iso) => stateByIso3(t.conn.db, iso)));
    await t.conn.db.insert(submissions).values([
      { memberStateId: states[0]!.id, cycleId: cycle.id, itemId: items[0]!.id, status: "submitted" },
      { memberStateId: states[1]!.id, cycleId: cycle.id, itemId: items[0]!.id, status: "submitted" },
      { memberStateId: states[2]!.id, cycleId: cycle.id, itemId: items[1]!.id, status: "draft" },
    ]);
    const { counts, expected } = await getCycleStatusCounts(t.conn.db, cycle);
    // The cycle's deadline (31 May 2010) is before South Sudan's admission (14 July 2011): 192 Members.
    expect(expected).toBe(192 * 4);
    expect(counts.submitted).toBe(2);
    expect(counts.draft).toBe(1);
    expect(counts.not_started).toBe(192 * 4 - 3);
    const { items: view } = await getStateCycleItems(t.conn.db, states[2]!.id, cycle);
    expect(view.map((v) => v.status)).toEqual(["not_started", "draft", "not_started", "not_started"]);
  });
});

describe("createUser", () => {
  const system = () => systemContext(t.conn.db, "test");

  it("creates an account with an audit event", async () => {
    const result = await createUser(system(), { email: "Officer@Mission.example", name: "Officer", role: "delegation", stateIso3: "fra", password: "a long enough password" });
    expect(result).toMatchObject({ ok: true, data: { email: "officer@mission.example" } });
    const [audit] = await t.conn.db.select().from(auditEvents).where(eq(auditEvents.action, "user.create"));
    expect(audit).toMatchObject({ actorId: null, entityType: "user", details: { email: "officer@mission.example", role: "delegation" } });
  });

  it("runs a service in the caller's transaction when there is one, in a new one otherwise", async () => {
    await t.conn.db.transaction(async (tx) => {
      await withTransaction(systemContext(tx, "test"), async (inner) => expect(inner).toBe(tx));
    });
    await withTransaction(system(), async (inner) => expect(inner).not.toBe(t.conn.db));
  });

  it("joins the caller's transaction: rolled back with it, audit event included", async () => {
    const rollback = new Error("roll back");
    await expect(
      t.conn.db.transaction(async (tx) => {
        const result = await createUser(systemContext(tx, "test"), { email: "joined@y.example", name: "J", role: "reviewer", password: "a long enough password" });
        expect(result.ok).toBe(true);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await t.conn.db.select().from(users).where(eq(users.email, "joined@y.example"))).toEqual([]);
    const audits = await t.conn.db.select().from(auditEvents).where(eq(auditEvents.action, "user.create"));
    expect(audits.map((a) => (a.details as { email?: string }).email)).not.toContain("joined@y.example");
  });

  it("explains each bad field", async () => {
    const noState = await createUser(system(), { email: "x@y.example", name: "X", role: "delegation", password: "a long enough password" });
    expect(noState).toMatchObject({ ok: false, fieldErrors: { stateIso3: [msg("validation.delegationNeedsState")] } });
    const bad = await createUser(system(), { email: "not-an-email", name: "", role: "king", password: "short" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["email", "name", "password", "role"]);
    const unknown = await createUser(system(), { email: "z@y.example", name: "Z", role: "delegation", stateIso3: "XXX", password: "a long enough password" });
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { stateIso3: [msg("serverErrors.unknownState")] } });
  });

  it("refuses a second account with the same email", async () => {
    const input = { email: "dup@y.example", name: "D", role: "reviewer", password: "a long enough password" };
    expect((await createUser(system(), input)).ok).toBe(true);
    expect(await createUser(system(), { ...input, email: "DUP@y.example" })).toMatchObject({ ok: false, fieldErrors: { email: [msg("serviceErrors.emailTaken")] } });
    expect((await t.conn.db.select().from(users).where(eq(users.email, "dup@y.example"))).length).toBe(1);
  });

  it("enforces that a delegation user has a State and others none", async () => {
    await expect(
      t.conn.db.insert(users).values({ email: "c@y.example", name: "C", role: "delegation", passwordHash: "x" }),
    ).rejects.toThrow();
  });
});
