import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, deadlineExtensions, reportingCycles, revisions, submissions } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import type { ServiceContext } from "@/lib/context";
import { restoreRevision, saveDraft, submitMany, submitReply, withdrawReply } from "@/lib/submissions/service";
import { endOfNewYorkDay, newYorkTime } from "@/lib/time";
import { cycleFor, makeUser, stateByIso3 } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

let t: TestDatabase;
let france: Actor;
let france2: Actor;
let russia: Actor;
let reviewer: Actor;
const BEFORE_DEADLINE = newYorkTime("2010-05-01T12:00");
const fields = { language: "fr" as const, isNilReply: false, publication: "public" as const };

beforeAll(async () => {
  t = await openTestDatabase();
  france = await makeUser(t.conn.db, { role: "delegation", iso3: "FRA" });
  france2 = await makeUser(t.conn.db, { role: "delegation", iso3: "FRA" });
  russia = await makeUser(t.conn.db, { role: "delegation", iso3: "RUS" });
  reviewer = await makeUser(t.conn.db, { role: "reviewer" });
});
afterAll(async () => t?.close());

const ctx = (actor: Actor, now = BEFORE_DEADLINE): ServiceContext => ({ db: t.conn.db, actor, now });
const ref = (letter: string, iso3 = "FRA", session = 65) => ({ iso3, session, letter });

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

async function rowOf(letter: string, iso3 = "FRA") {
  const state = await stateByIso3(t.conn.db, iso3);
  const cycle = await cycleFor(t.conn.db, 65);
  const rows = await t.conn.db
    .select()
    .from(submissions)
    .where(and(eq(submissions.memberStateId, state.id), eq(submissions.cycleId, cycle.id)));
  const items = await t.conn.db.query.requestedItems.findMany();
  const item = items.find((i) => i.letter === letter && i.resolutionId === cycle.resolutionId)!;
  return rows.find((r) => r.itemId === item.id);
}

describe("drafts", () => {
  it("saves a draft as a new version; the autosaves of one editing session are one revision", async () => {
    const first = await saveDraft(ctx(france), { ...ref("a"), ...fields, body: "Premier jet.", expectedVersion: 0 });
    expect(first).toMatchObject({ version: 1, status: "draft" });
    const second = await saveDraft(ctx(france, new Date(BEFORE_DEADLINE.getTime() + 5 * 60_000)), {
      ...ref("a"),
      ...fields,
      body: "Premier jet, revu.",
      expectedVersion: 1,
    });
    expect(second).toMatchObject({ version: 2, status: "draft" });
    const row = await rowOf("a");
    expect(row).toMatchObject({ body: "Premier jet, revu.", version: 2, status: "draft", language: "fr" });
    const history = async () =>
      (await t.conn.db.select().from(revisions).where(eq(revisions.submissionId, row!.id)).orderBy(asc(revisions.version))).map((h) => [h.version, h.body]);
    // Five minutes apart: the same editing session, the same draft revision, updated in place.
    expect(await history()).toEqual([[2, "Premier jet, revu."]]);
  });

  it("five minutes of typing leaves one draft revision; a pause or another person starts a new one", async () => {
    const germany = await makeUser(t.conn.db, { role: "delegation", iso3: "DEU" });
    const germany2 = await makeUser(t.conn.db, { role: "delegation", iso3: "DEU" });
    const at = (ms: number) => new Date(BEFORE_DEADLINE.getTime() + ms);
    await saveDraft(ctx(germany), { ...ref("a", "DEU"), ...fields, body: "Erster Entwurf.", expectedVersion: 0 });
    // Forty minutes later: a new session, a new draft revision; then an autosave every three seconds for five minutes.
    for (let i = 0; i <= 100; i += 1) {
      await saveDraft(ctx(germany, at(40 * 60_000 + i * 3000)), { ...ref("a", "DEU"), ...fields, body: `Zweiter Entwurf, ${i}.`, expectedVersion: 1 + i });
    }
    const row = await rowOf("a", "DEU");
    const history = async () =>
      (await t.conn.db.select().from(revisions).where(eq(revisions.submissionId, row!.id)).orderBy(asc(revisions.version))).map((h) => [h.version, h.body]);
    expect(await history()).toEqual([
      [1, "Erster Entwurf."],
      [102, "Zweiter Entwurf, 100."],
    ]);
    // Another person's save starts a revision of their own.
    await saveDraft(ctx(germany2, at(46 * 60_000)), { ...ref("a", "DEU"), ...fields, body: "Erster Entwurf.", expectedVersion: 102 });
    expect((await history()).length).toBe(3);
  });

  it("refuses a save from a stale version and offers the newer text", async () => {
    await saveDraft(ctx(france), { ...ref("b"), ...fields, body: "Text from tab one", expectedVersion: 0 });
    const error = await errorOf(saveDraft(ctx(france2), { ...ref("b"), ...fields, body: "Text from tab two", expectedVersion: 0 }));
    expect(error.code).toBe("conflict");
    expect(error.status).toBe(409);
    expect(error.details).toMatchObject({ theirs: { body: "Text from tab one", version: 1 } });
    expect((await rowOf("b"))!.body).toBe("Text from tab one");
  });

  it("lets exactly one of two simultaneous saves from the same version win", async () => {
    await saveDraft(ctx(france), { ...ref("c"), ...fields, body: "base", expectedVersion: 0 });
    const results = await Promise.allSettled([
      saveDraft(ctx(france), { ...ref("c"), ...fields, body: "one", expectedVersion: 1 }),
      saveDraft(ctx(france2), { ...ref("c"), ...fields, body: "two", expectedVersion: 1 }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((rejected.reason as AppError).code).toBe("conflict");
    expect(["one", "two"]).toContain((await rowOf("c"))!.body);
  });

  it("refuses another State's delegation and the Secretariat", async () => {
    const asRussia = await errorOf(saveDraft(ctx(russia), { ...ref("a"), ...fields, body: "intrusion", expectedVersion: 2 }));
    expect(asRussia.code).toBe("forbidden");
    const asReviewer = await errorOf(saveDraft(ctx(reviewer), { ...ref("a"), ...fields, body: "edit", expectedVersion: 2 }));
    expect(asReviewer.code).toBe("forbidden");
    expect((await rowOf("a"))!.body).toBe("Premier jet, revu.");
  });

  it("writes an audit event when a draft starts, not on every keystroke", async () => {
    const row = await rowOf("a");
    const events = await t.conn.db.select().from(auditEvents).where(eq(auditEvents.submissionId, row!.id));
    expect(events.map((e) => [e.action, e.fromStatus, e.toStatus])).toEqual([["submission.start_draft", "not_started", "draft"]]);
  });
});

describe("submitting", () => {
  it("submits, then amends as a new version, with audit events", async () => {
    const submitted = await submitReply(ctx(france), { ...ref("a"), ...fields, body: "Version soumise.", expectedVersion: 2 });
    expect(submitted).toMatchObject({ status: "submitted", version: 3, isLate: false });
    const amended = await submitReply(ctx(france), { ...ref("a"), ...fields, body: "Version modifiée.", expectedVersion: 3 });
    expect(amended).toMatchObject({ status: "submitted", version: 4 });
    const row = await rowOf("a");
    const [rev] = await t.conn.db.select().from(revisions).where(eq(revisions.id, row!.submittedRevisionId!));
    expect(rev).toMatchObject({ body: "Version modifiée.", kind: "submission", version: 4 });
    const events = await t.conn.db.select().from(auditEvents).where(eq(auditEvents.submissionId, row!.id)).orderBy(asc(auditEvents.id));
    expect(events.map((e) => e.action)).toEqual(["submission.start_draft", "submission.submit", "submission.amend"]);
    expect(events[1]).toMatchObject({ fromStatus: "draft", toStatus: "submitted", actorId: france.id });
  });

  it("refuses an empty reply and accepts an explicit nil reply", async () => {
    const empty = await errorOf(submitMany(ctx(france), { iso3: "FRA", session: 65, items: [{ letter: "d", expectedVersion: 0 }] }));
    expect(empty.code).toBe("invalid");
    const nil = await submitReply(ctx(france), { ...ref("d"), ...fields, body: "ignored", isNilReply: true, expectedVersion: 0 });
    expect(nil.status).toBe("submitted");
    expect(await rowOf("d")).toMatchObject({ isNilReply: true, body: "" });
  });

  it("submits several items at once, all or none", async () => {
    const before = await rowOf("b");
    const c = await rowOf("c");
    // A stale version for (c) makes the whole batch fail: (b) stays a draft.
    const failed = await errorOf(
      submitMany(ctx(france), {
        iso3: "FRA",
        session: 65,
        items: [
          { letter: "b", expectedVersion: before!.version },
          { letter: "c", expectedVersion: c!.version - 1 },
        ],
      }),
    );
    expect(failed.code).toBe("conflict");
    expect((await rowOf("b"))!.status).toBe("draft");
    const ok = await submitMany(ctx(france), {
      iso3: "FRA",
      session: 65,
      items: [
        { letter: "b", expectedVersion: before!.version },
        { letter: "c", expectedVersion: c!.version },
      ],
    });
    expect(Object.values(ok).map((r) => r.status)).toEqual(["submitted", "submitted"]);
  });

  it("withdraws before publication, keeping the text", async () => {
    const row = await rowOf("b");
    const withdrawn = await withdrawReply(ctx(france), { ...ref("b"), expectedVersion: row!.version });
    expect(withdrawn.status).toBe("withdrawn");
    expect((await rowOf("b"))!.body).toBe("Text from tab one");
    const again = await errorOf(withdrawReply(ctx(france), { ...ref("b"), expectedVersion: row!.version }));
    expect(again.code).toBe("forbidden");
  });

  it("restores an old version as a new draft", async () => {
    const row = await rowOf("a");
    const [first] = await t.conn.db.select().from(revisions).where(eq(revisions.submissionId, row!.id)).orderBy(asc(revisions.version)).limit(1);
    const restored = await restoreRevision(ctx(france), { ...ref("a"), revisionId: first!.id, expectedVersion: row!.version });
    expect(restored.version).toBe(row!.version + 1);
    expect((await rowOf("a"))!.body).toBe("Premier jet, revu.");
    // Restoring keeps the item submitted (the reviewer still has the submitted text) until it is resubmitted.
    expect((await rowOf("a"))!.status).toBe("submitted");
  });
});

describe("deadlines and closed cycles", () => {
  it("accepts a late reply and marks it late; the deadline minute itself is on time", async () => {
    const zafOfficer = await makeUser(t.conn.db, { role: "delegation", iso3: "ZAF" });
    const onTime = await submitReply(ctx(zafOfficer, new Date("2010-06-01T03:59:59Z")), { ...ref("c", "ZAF"), ...fields, body: "Just in time", expectedVersion: 0 });
    expect(onTime.isLate).toBe(false);
  });

  it("marks a reply after the deadline as late, unless the State has an extension", async () => {
    const southAfrica = await makeUser(t.conn.db, { role: "delegation", iso3: "ZAF" });
    const kenya = await makeUser(t.conn.db, { role: "delegation", iso3: "KEN" });
    const afterDeadline = new Date("2010-06-01T04:00:00Z");
    const late = await submitReply(ctx(kenya, afterDeadline), { ...ref("a", "KEN"), ...fields, body: "Late views", expectedVersion: 0 });
    expect(late).toMatchObject({ status: "submitted", isLate: true });

    const zaf = await stateByIso3(t.conn.db, "ZAF");
    const cycle = await cycleFor(t.conn.db, 65);
    await t.conn.db.insert(deadlineExtensions).values({ memberStateId: zaf.id, cycleId: cycle.id, deadline: endOfNewYorkDay("2010-06-15"), reason: "Elections", grantedById: reviewer.id });
    const extended = await submitReply(ctx(southAfrica, afterDeadline), { ...ref("b", "ZAF"), ...fields, body: "Within the extension", expectedVersion: 0 });
    expect(extended.isLate).toBe(false);
  });

  it("refuses every change once the cycle's report is issued", async () => {
    const cycle = await cycleFor(t.conn.db, 64);
    expect(cycle.closedAt).not.toBeNull();
    const closed = await errorOf(saveDraft(ctx(france), { ...ref("a", "FRA", 64), ...fields, body: "Too late", expectedVersion: 0 }));
    expect(closed.code).toBe("closed");
    expect(closed.status).toBe(423);
    await t.conn.db.update(reportingCycles).set({ closedAt: new Date() }).where(eq(reportingCycles.id, (await cycleFor(t.conn.db, 65)).id));
    const row = await rowOf("a");
    expect((await errorOf(submitReply(ctx(france), { ...ref("a"), ...fields, body: "x", expectedVersion: row!.version }))).code).toBe("closed");
    expect((await errorOf(withdrawReply(ctx(france), { ...ref("a"), expectedVersion: row!.version }))).code).toBe("closed");
  });

  it("answers not_found for an unknown State, session or item", async () => {
    expect((await errorOf(saveDraft(ctx(france), { ...ref("z"), ...fields, body: "x", expectedVersion: 0 }))).code).toBe("not_found");
    expect((await errorOf(saveDraft(ctx(france), { ...ref("a", "FRA", 99), ...fields, body: "x", expectedVersion: 0 }))).code).toBe("not_found");
  });
});
