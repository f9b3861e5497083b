import { and, count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, outbox, reviewComments, reviewerAssignments, submissions, users } from "@/db/schema";
import { createResetLink, resetPassword, setUserDisabled } from "@/lib/admin/users";
import { checkCredentials } from "@/lib/auth/credentials";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { deliverOutbox, queueDueReminders } from "@/lib/reminders/job";
import { catalogTranslator, repliesCsv, matrixCsv } from "@/lib/review/exports";
import { auditSentence } from "@/lib/review/audit-log";
import { loadCatalog } from "@/i18n/catalog";
import { getCoverageMatrix, getReviewerQueue, getReviewView, listAuditEvents } from "@/lib/review/queries";
import { totals } from "@/lib/review/matrix";
import { addComment, assignReviewer, grantExtension, reviewTransition } from "@/lib/review/service";
import type { ServiceContext } from "@/lib/context";
import { getEditorView, getStateDashboard } from "@/lib/submissions/queries";
import { saveDraft, submitReply } from "@/lib/submissions/service";
import { newYorkTime } from "@/lib/time";
import { cycleFor, makeUser } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

let t: TestDatabase;
let delegation: Actor;
let reviewer: Actor;
let admin: Actor;
const NOW = newYorkTime("2010-05-10T12:00");
const reply = { language: "en" as const, isNilReply: false, publication: "public" as const };

beforeAll(async () => {
  t = await openTestDatabase();
  delegation = await makeUser(t.conn.db, { role: "delegation", iso3: "CHL" });
  reviewer = await makeUser(t.conn.db, { role: "reviewer" });
  admin = await makeUser(t.conn.db, { role: "admin" });
});
afterAll(async () => t?.close());

const ctx = (actor: Actor, now = NOW): ServiceContext => ({ db: t.conn.db, actor, now });
const ref = (letter: string, iso3 = "CHL") => ({ iso3, session: 65, letter });

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

// Role-only refusals (comments, extensions, assignments, users, cycles) are declared on the Server
// Actions and tested for every action in action-roles.test.ts; the services keep the workflow.
describe("who may do what", () => {
  it("refuses every review move to a delegation (the workflow), and the review page", async () => {
    await submitReply(ctx(delegation), { ...ref("a"), ...reply, body: "Views of Chile.", expectedVersion: 0 });
    for (const action of ["start_review", "return", "accept", "publish"] as const) {
      expect(await code(reviewTransition(ctx(delegation), { ...ref("a"), action, reason: "x" })), action).toBe("conflict");
    }
    const [row] = await t.conn.db.select({ status: submissions.status }).from(submissions).where(eq(submissions.memberStateId, delegation.memberStateId!));
    expect(row!.status).toBe("submitted");
    expect(await code(getReviewView(t.conn.db, delegation, ref("a")))).toBe("forbidden");
  });
});

describe("comments on the State's home and in the editor", () => {
  it("stay with the reply they were made on, whatever the numbers of replies and comments", async () => {
    // Several States' replies and comments, so that no comment's number equals its reply's by chance.
    const others = await Promise.all(["PER", "URY", "ECU"].map((iso3) => makeUser(t.conn.db, { role: "delegation", iso3 })));
    const reasons = new Map<string, string>();
    for (const [i, officer] of others.entries()) {
      const iso3 = ["PER", "URY", "ECU"][i]!;
      for (const letter of ["b", "c", "d"].slice(0, i + 1)) {
        await submitReply(ctx(officer), { ...ref(letter, iso3), ...reply, body: `Views of ${iso3} on (${letter}).`, expectedVersion: 0 });
        const reason = `${iso3} (${letter}): please say more.`;
        await reviewTransition(ctx(reviewer), { ...ref(letter, iso3), action: "return", reason });
        reasons.set(`${iso3}/${letter}`, reason);
      }
    }
    const cycle = await cycleFor(t.conn.db, 65);
    for (const [i, officer] of others.entries()) {
      const iso3 = ["PER", "URY", "ECU"][i]!;
      const [home] = await getStateDashboard(t.conn.db, officer.memberStateId!, cycle.resolutionId, "2010-05-10").then((cycles) => cycles.filter((c) => c.cycle.id === cycle.id));
      for (const { item, comments } of home!.items) {
        expect(comments.map((c) => c.body), `${iso3} (${item.letter}) on the home`).toEqual(reasons.has(`${iso3}/${item.letter}`) ? [reasons.get(`${iso3}/${item.letter}`)] : []);
      }
      for (const letter of ["b", "c", "d"].slice(0, i + 1)) {
        const editor = await getEditorView(t.conn.db, officer, ref(letter, iso3));
        expect(editor.comments.map((c) => c.body), `${iso3} (${letter}) in the editor`).toEqual([reasons.get(`${iso3}/${letter}`)]);
      }
    }
  });
});

describe("a review", () => {
  it("returns with a reason, keeps internal notes internal, accepts the revision", async () => {
    expect(await reviewTransition(ctx(reviewer), { ...ref("a"), action: "start_review" })).toEqual({ status: "under_review" });
    expect(await code(reviewTransition(ctx(reviewer), { ...ref("a"), action: "return" }))).toBe("invalid");
    await reviewTransition(ctx(reviewer), { ...ref("a"), action: "return", reason: "Please add the national strategy's date." });
    await addComment(ctx(reviewer), { ...ref("a"), body: "INTERNAL: check against last year's reply.", visibility: "internal" });

    // The delegation reads the reason, never the internal note, on every page that shows comments.
    const cycle = await cycleFor(t.conn.db, 65);
    const dashboard = await getStateDashboard(t.conn.db, delegation.memberStateId!, cycle.resolutionId, "2010-05-01");
    const comments = dashboard.flatMap((c) => c.items.flatMap((i) => i.comments.map((x) => x.body)));
    expect(comments).toEqual(["Please add the national strategy's date."]);
    const editor = await getEditorView(t.conn.db, delegation, ref("a"));
    expect(editor.comments.map((c) => c.body)).toEqual(["Please add the national strategy's date."]);
    expect(JSON.stringify(editor)).not.toContain("INTERNAL");
    // Both read the comment in one statement with its reply (as JSON): its date comes back as the moment stored.
    const [stored] = await t.conn.db.select({ createdAt: reviewComments.createdAt }).from(reviewComments).where(eq(reviewComments.visibility, "delegation"));
    const onDashboard = dashboard.flatMap((c) => c.items.flatMap((i) => i.comments))[0]!;
    expect(onDashboard.createdAt).toBeInstanceOf(Date);
    expect(onDashboard.createdAt.getTime()).toBe(stored!.createdAt.getTime());
    expect(editor.comments[0]!.createdAt.getTime()).toBe(stored!.createdAt.getTime());

    const row = editor.submission!;
    expect(row.status).toBe("returned");
    await submitReply(ctx(delegation), { ...ref("a"), ...reply, body: "Views of Chile, strategy of 2009.", expectedVersion: row.version });
    expect(await reviewTransition(ctx(reviewer), { ...ref("a"), action: "accept" })).toEqual({ status: "accepted" });
    expect(await code(reviewTransition(ctx(reviewer), { ...ref("a"), action: "accept" }))).toBe("conflict");

    const view = await getReviewView(t.conn.db, reviewer, ref("a"));
    expect(view.submitted.map((r) => r.body)).toEqual(["Views of Chile, strategy of 2009.", "Views of Chile."]);
    expect(view.comments.map((c) => c.visibility).sort()).toEqual(["delegation", "internal"]);
    const actions = (await t.conn.db.select().from(auditEvents).where(eq(auditEvents.submissionId, row.id))).map((e) => e.action);
    expect(actions).toEqual(["submission.submit", "submission.start_review", "submission.return", "submission.comment", "submission.submit", "submission.accept"]);
  });

  it("never shows a draft to the Secretariat", async () => {
    await saveDraft(ctx(delegation), { ...ref("b"), ...reply, body: "SECRET DRAFT", expectedVersion: 0 });
    const view = await getReviewView(t.conn.db, reviewer, ref("b"));
    expect(view.submitted).toEqual([]);
    expect(JSON.stringify(view.submitted)).not.toContain("SECRET DRAFT");
    expect(await repliesCsv(t.conn.db, 65)).not.toContain("SECRET DRAFT");
  });
});

describe("assignments, matrix and queue", () => {
  it("assigns in bulk, per State or per item, and fills the reviewer's queue", async () => {
    expect(await assignReviewer(ctx(admin), { session: 65, reviewerId: reviewer.id, iso3s: ["CHL", "ARG", "PER"] })).toEqual({ assigned: 3 });
    expect(await assignReviewer(ctx(admin), { session: 65, reviewerId: admin.id, iso3s: ["ARG"], letter: "d" })).toEqual({ assigned: 1 });
    const cycle = await cycleFor(t.conn.db, 65);
    const [n] = await t.conn.db.select({ n: count() }).from(reviewerAssignments).where(eq(reviewerAssignments.cycleId, cycle.id));
    expect(n!.n).toBe(3);
    await submitReply(ctx(delegation), { ...ref("c"), ...reply, body: "Concepts.", expectedVersion: 0 });
    const queue = await getReviewerQueue(t.conn.db, reviewer.id);
    expect(queue.map((q) => `${q.iso3}/${q.letter}/${q.status}`)).toEqual(["CHL/a/accepted", "CHL/c/submitted"]);
  });

  it("counts the matrix as the database holds it", async () => {
    const cycle = await cycleFor(t.conn.db, 65);
    const { items, rows } = await getCoverageMatrix(t.conn.db, cycle);
    const sums = totals(rows, items.map((i) => i.letter));
    const db = await t.conn.db.select({ status: submissions.status, n: count() }).from(submissions).where(eq(submissions.cycleId, cycle.id)).groupBy(submissions.status);
    for (const { status, n } of db) if (status !== "not_started") expect(sums.byStatus[status], status).toBe(n);
    // Members on the deadline (31 May 2010): 192, without South Sudan, under the names of the day.
    expect(Object.values(sums.byStatus).reduce((a, b) => a + b, 0)).toBe(192 * 4);
    expect(rows.some((r) => r.state.iso3 === "SSD")).toBe(false);
    expect(rows.find((r) => r.state.iso3 === "TUR")!.state.name).toBe("Turkey");
    expect(rows.find((r) => r.state.iso3 === "MKD")!.state.name).toBe("The former Yugoslav Republic of Macedonia");
    const names = rows.map((r) => r.state.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("en").compare));
    const csv = await matrixCsv(t.conn.db, 65, { q: "chile" });
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(2);
    expect(csv).toContain("Chile,CHL,Latin American and Caribbean States,Accepted,Draft,Submitted,Not started");
  });
});

describe("extensions", () => {
  it("must end after the cycle's deadline and is audited", async () => {
    expect(await code(grantExtension(ctx(reviewer), { iso3: "CHL", session: 65, deadline: "2010-05-01T00:00", reason: "Too early" }))).toBe("invalid");
    const { deadline } = await grantExtension(ctx(reviewer), { iso3: "CHL", session: 65, deadline: "2010-06-15T23:59", reason: "Parliamentary elections" });
    expect(deadline.toISOString()).toBe("2010-06-16T03:59:00.000Z");
    // The matrix reads its rows as the driver returns them (PGlite and postgres.js alike): the State's new deadline
    // is a Date there too, and the others have none.
    const { rows } = await getCoverageMatrix(t.conn.db, await cycleFor(t.conn.db, 65));
    const chile = rows.find((r) => r.state.iso3 === "CHL")!;
    expect(chile.extendedTo).toEqual(deadline);
    expect(chile.state).toMatchObject({ id: expect.any(Number), name: "Chile", group: "latin_american_caribbean" });
    expect(rows.find((r) => r.state.iso3 === "ARG")!.extendedTo).toBeNull();
    const [event] = await t.conn.db.select().from(auditEvents).where(eq(auditEvents.action, "cycle.extend_deadline"));
    expect(event!.details).toMatchObject({ reason: "Parliamentary elections" });
  });
});

describe("reminders", () => {
  it("queues each reminder once however often the job runs, and only for open items", async () => {
    const officer = await makeUser(t.conn.db, { role: "delegation", iso3: "KEN" });
    const threeDaysBefore = newYorkTime("2010-05-29T12:00");
    const first = await queueDueReminders(t.conn.db, threeDaysBefore, "https://tracker.example");
    const second = await queueDueReminders(t.conn.db, threeDaysBefore, "https://tracker.example");
    expect(first.queued).toBeGreaterThan(0);
    expect(second.queued).toBe(0);
    expect(second.alreadySent).toBe(first.queued);
    const mine = await t.conn.db.select().from(outbox).where(eq(outbox.recipientId, officer.id));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ offsetDays: 3, status: "pending" });
    expect(mine[0]!.body).toContain("(a) General appreciation of the issues of information security;");
    expect(mine[0]!.body).toContain("https://tracker.example/states/KEN");

    // Chile has an extension to 15 June: on 29 May not even its "14 days" reminder is due yet.
    const chile = await t.conn.db.select().from(outbox).where(eq(outbox.recipientId, delegation.id));
    expect(chile).toEqual([]);
    const later = await queueDueReminders(t.conn.db, newYorkTime("2010-06-02T12:00"), "https://tracker.example");
    expect(later.queued).toBeGreaterThan(0);
    const chileLater = await t.conn.db.select().from(outbox).where(eq(outbox.recipientId, delegation.id));
    expect(chileLater.map((m) => m.offsetDays)).toEqual([14]);

    const sentTo: string[] = [];
    const mailer = { send: async (m: { to: string }) => void sentTo.push(m.to) };
    const delivered = await deliverOutbox(t.conn.db, mailer, threeDaysBefore, 1000);
    expect(delivered.sent).toBe(first.queued + later.queued);
    expect(await deliverOutbox(t.conn.db, mailer, threeDaysBefore)).toEqual({ sent: 0, failed: 0, setAside: 0 });
    // Two different reminders (3 days before, 1 day after), each sent once.
    expect(sentTo.filter((to) => to === officer.email)).toHaveLength(2);
    const offsets = (await t.conn.db.select().from(outbox).where(eq(outbox.recipientId, officer.id))).map((m) => [m.offsetDays, m.status]);
    expect(offsets).toEqual([
      [3, "sent"],
      [-1, "sent"],
    ]);
  });
});

describe("accounts", () => {
  it("disables an account so it can no longer sign in, and ends its sessions", async () => {
    const user = await makeUser(t.conn.db, { role: "reviewer", password: "correct horse battery staple" });
    await setUserDisabled(ctx(admin), { userId: user.id, disabled: true });
    const [row] = await t.conn.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.sessionVersion).toBe(2);
    expect(await checkCredentials(t.conn.db, { email: user.email, password: "correct horse battery staple", ip: "1.1.1.1" })).toEqual({ ok: false, reason: "invalid" });
    expect(await code(setUserDisabled(ctx(admin), { userId: admin.id, disabled: true }))).toBe("invalid");
  });

  it("resets a password with a single-use link", async () => {
    const user = await makeUser(t.conn.db, { role: "delegation", iso3: "PER" });
    const { token } = await createResetLink(ctx(admin), { userId: user.id });
    await resetPassword(t.conn.db, { token, password: "a brand new password" });
    expect((await checkCredentials(t.conn.db, { email: user.email, password: "a brand new password", ip: "1.1.1.2" })).ok).toBe(true);
    expect(await code(resetPassword(t.conn.db, { token, password: "another new password" }))).toBe("invalid");
    expect(await code(resetPassword(t.conn.db, { token: "x".repeat(43), password: "another new password" }))).toBe("invalid");
    const [row] = await t.conn.db.select().from(users).where(and(eq(users.id, user.id)));
    expect(row!.sessionVersion).toBe(2);
  });
});

describe("the audit log page's query", () => {
  it("filters by State, action and New York dates, newest first, one page at a time", async () => {
    const chile = await listAuditEvents(t.conn.db, { iso3: "CHL", kind: "submissions" });
    expect(chile.events.length).toBeGreaterThan(0);
    expect(chile.events.every((e) => e.iso3 === "CHL" && ["submission.submit", "submission.amend"].includes(e.action))).toBe(true);
    expect(chile.events.map((e) => e.id)).toEqual([...chile.events.map((e) => e.id)].sort((a, b) => b - a));
    // The review happened "on" 10 May 2010 (the context's clock): nothing on the 9th, all on the 10th.
    expect((await listAuditEvents(t.conn.db, { iso3: "CHL", from: "2010-05-09", to: "2010-05-09" })).events).toEqual([]);
    const tenth = await listAuditEvents(t.conn.db, { iso3: "CHL", kind: "decisions", item: "a", from: "2010-05-10", to: "2010-05-10" });
    expect(tenth.events.map((e) => e.action)).toContain("submission.accept");
    expect(tenth.events.every((e) => (e.details as { item?: string }).item === "a")).toBe(true);
    // Each event reads as a sentence, with the return reason it recorded.
    const t_ = catalogTranslator("en", loadCatalog("en"), "secretariatDay.audit");
    const returned = tenth.events.find((e) => e.action === "submission.return")!;
    expect(auditSentence(returned, "en", t_, (d) => d)).toMatch(/^Test user \d+ returned Chile’s reply to item \(a\), 65th session: “.+”$/);
  });
});

describe("the matrix shows extensions", () => {
  it("marks the State whose deadline was extended", async () => {
    const cycle = await cycleFor(t.conn.db, 65);
    const { rows } = await getCoverageMatrix(t.conn.db, cycle);
    expect(rows.find((r) => r.state.iso3 === "CHL")!.extendedTo?.toISOString()).toBe("2010-06-16T03:59:00.000Z");
    expect(rows.find((r) => r.state.iso3 === "ARG")!.extendedTo).toBeNull();
  });
});
