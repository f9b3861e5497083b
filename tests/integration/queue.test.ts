import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { matrixCsv } from "@/lib/review/exports";
import { reviewersOf } from "@/lib/review/matrix";
import { getCoverageMatrix, getReviewerQueue, getWorkQueue } from "@/lib/review/queries";
import { assignQueueItems, grantExtension, reviewTransition } from "@/lib/review/service";
import type { ServiceContext } from "@/lib/context";
import { submitReply } from "@/lib/submissions/service";
import { newYorkTime } from "@/lib/time";
import { cycleFor, makeUser } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

let t: TestDatabase;
let reviewerOne: Actor;
let reviewerTwo: Actor & { name: string };
let admin: Actor;
const reply = { language: "en" as const, isNilReply: false, publication: "public" as const };
const ctx = (actor: Actor, now: string): ServiceContext => ({ db: t.conn.db, actor, now: newYorkTime(now) });

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

beforeAll(async () => {
  t = await openTestDatabase();
  reviewerOne = await makeUser(t.conn.db, { role: "reviewer" });
  reviewerTwo = await makeUser(t.conn.db, { role: "reviewer" });
  admin = await makeUser(t.conn.db, { role: "admin" });
  const submit = async (iso3: string, letter: string, at: string) => {
    const officer = await makeUser(t.conn.db, { role: "delegation", iso3 });
    await submitReply(ctx(officer, at), { iso3, session: 65, letter, ...reply, body: `Views of ${iso3}.`, expectedVersion: 0 });
  };
  // The 65th session's deadline is 31 May 2010; Chile has until 15 June.
  await grantExtension(ctx(reviewerOne, "2010-04-01T12:00"), { iso3: "CHL", session: 65, deadline: "2010-06-15T23:59", reason: "Elections" });
  await submit("CHL", "a", "2010-05-01T12:00");
  await submit("KEN", "a", "2010-05-10T12:00");
  await submit("IND", "a", "2010-05-05T12:00");
  await submit("BRA", "b", "2010-06-03T12:00");
});
afterAll(async () => t?.close());

describe("the work queue", () => {
  it("holds all the work, most urgent first: earliest deadline, then late, then oldest", async () => {
    const queue = await getWorkQueue(t.conn.db);
    expect(queue.map((q) => `${q.iso3}/${q.letter}`)).toEqual(["BRA/b", "IND/a", "KEN/a", "CHL/a"]);
    expect(queue.map((q) => q.isLate)).toEqual([true, false, false, false]);
    expect(queue.every((q) => q.reviewerId === null)).toBe(true);
    expect(queue[3]!.deadline.toISOString()).toBe("2010-06-16T03:59:00.000Z");
    expect(await getReviewerQueue(t.conn.db, reviewerOne.id)).toEqual([]);
  });

  it("lets a reviewer take unassigned work, never someone else's, and an administrator hand it over", async () => {
    const queue = await getWorkQueue(t.conn.db);
    const id = (iso3: string) => queue.find((q) => q.iso3 === iso3)!.submissionId;
    expect(await assignQueueItems(ctx(reviewerOne, "2010-06-04T09:00"), { submissionIds: [id("IND"), id("KEN")], reviewerId: reviewerOne.id })).toEqual({ assigned: 2 });
    expect((await getReviewerQueue(t.conn.db, reviewerOne.id)).map((q) => q.iso3)).toEqual(["IND", "KEN"]);
    expect(await code(assignQueueItems(ctx(reviewerTwo, "2010-06-04T09:05"), { submissionIds: [id("KEN")], reviewerId: reviewerTwo.id }))).toBe("conflict");
    expect(await code(assignQueueItems(ctx(reviewerTwo, "2010-06-04T09:05"), { submissionIds: [id("CHL")], reviewerId: reviewerOne.id }))).toBe("forbidden");
    expect(await assignQueueItems(ctx(admin, "2010-06-04T09:10"), { submissionIds: [id("KEN")], reviewerId: reviewerTwo.id })).toEqual({ assigned: 1 });
    const after = await getWorkQueue(t.conn.db);
    expect(after.map((q) => [q.iso3, q.reviewerId])).toEqual([
      ["BRA", null],
      ["IND", reviewerOne.id],
      ["KEN", reviewerTwo.id],
      ["CHL", null],
    ]);
  });

  it("shows in the matrix and its CSV the reviewer an item has after Start review", async () => {
    await reviewTransition(ctx(reviewerTwo, "2010-06-04T10:00"), { iso3: "BRA", session: 65, letter: "b", action: "start_review" });
    const { rows } = await getCoverageMatrix(t.conn.db, await cycleFor(t.conn.db, 65));
    const brazil = rows.find((r) => r.state.iso3 === "BRA")!;
    expect(brazil.reviewerId).toBe(reviewerTwo.id);
    expect(brazil.cells.b!.reviewerId).toBe(reviewerTwo.id);
    expect(reviewersOf(brazil)).toEqual([reviewerTwo.id]);
    const csv = await matrixCsv(t.conn.db, 65, { q: "brazil" });
    expect(csv).toContain(reviewerTwo.name);
  });
});
