import { parseIntParam } from "@/lib/params";
import "server-only";
import { and, asc, desc, eq, gte, inArray, like, lt, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import {
  attachments,
  auditEvents,
  deadlineExtensions,
  memberStates,
  requestedItems,
  reviewComments,
  reviewerAssignments,
  revisions,
  submissions,
  users,
  type ReportingCycle,
  type SubmissionStatus,
} from "@/db/schema";
import { AppError } from "@/lib/errors";
import { isSecretariat, type Actor } from "@/lib/permissions";
import { listRequestedItems } from "@/lib/resolutions/queries";
import { findSubmission, resolveItemRef } from "@/lib/submissions/refs";
import { isMemberOnSql, stateCollator, stateNameOn } from "@/lib/membership/queries";
import { addDays, newYorkDate, newYorkTime } from "@/lib/time";
import type { ItemRef } from "@/lib/validation/submission";
import type { MatrixRow } from "./matrix";

export function listReviewers(db: Executor) {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(inArray(users.role, ["reviewer", "admin"]), sql`${users.disabledAt} is null`))
    .orderBy(asc(users.name));
}

/**
 * The coverage matrix of a cycle: every State that was a Member on the cycle's deadline (New York day), under its
 * name of that day and sorted by it, x item with status, lateness and reviewer. Four queries whatever the
 * data size (the items are read once per process); filtering happens on the rows (192 or 193) in memory.
 */
export async function getCoverageMatrix(db: Executor, cycle: Pick<ReportingCycle, "id" | "resolutionId" | "deadline">) {
  const day = newYorkDate(cycle.deadline);
  const collator = stateCollator();
  const [states, items, rows, assignments, extensions] = await Promise.all([
    db
      .select({ id: memberStates.id, iso3: memberStates.iso3, name: stateNameOn(day), group: memberStates.electoralGroup })
      .from(memberStates)
      .where(isMemberOnSql(day))
      .then((list) => list.sort((a, b) => collator.compare(a.name, b.name))),
    listRequestedItems(db, cycle.resolutionId),
    db
      .select({
        memberStateId: submissions.memberStateId,
        itemId: submissions.itemId,
        status: submissions.status,
        isLate: submissions.isLate,
        reviewerId: submissions.reviewerId,
      })
      .from(submissions)
      .where(eq(submissions.cycleId, cycle.id)),
    db.select().from(reviewerAssignments).where(eq(reviewerAssignments.cycleId, cycle.id)),
    db.select({ memberStateId: deadlineExtensions.memberStateId, deadline: deadlineExtensions.deadline }).from(deadlineExtensions).where(eq(deadlineExtensions.cycleId, cycle.id)),
  ]);
  const extended = new Map(extensions.map((e) => [e.memberStateId, e.deadline]));
  const byKey = new Map(rows.map((r) => [`${r.memberStateId}:${r.itemId}`, r]));
  const assigned = new Map(assignments.map((a) => [a.memberStateId, a.reviewerId]));
  const matrix: MatrixRow[] = states.map((state) => ({
    state,
    reviewerId: assigned.get(state.id) ?? null,
    extendedTo: extended.get(state.id) ?? null,
    cells: Object.fromEntries(
      items.map((item) => {
        const r = byKey.get(`${state.id}:${item.id}`);
        return [item.letter, { status: (r?.status ?? "not_started") as SubmissionStatus, isLate: r?.isLate ?? false, reviewerId: r?.reviewerId ?? null }];
      }),
    ),
  }));
  return { items, rows: matrix };
}

/** Everything a reviewer needs about one reply. Drafts are not shown: only what was submitted. */
export async function getReviewView(db: Executor, actor: Actor, ref: ItemRef) {
  if (!isSecretariat(actor)) throw new AppError("forbidden");
  const resolved = await resolveItemRef(db, ref);
  const submission = await findSubmission(db, resolved);
  const [assignment] = await db
    .select({ reviewerId: reviewerAssignments.reviewerId })
    .from(reviewerAssignments)
    .where(and(eq(reviewerAssignments.cycleId, resolved.cycle.id), eq(reviewerAssignments.memberStateId, resolved.state.id)));
  if (!submission) return { ...resolved, submission: null, submitted: [], comments: [], letters: [], history: [], reviewerId: assignment?.reviewerId ?? null };
  const [submitted, comments, letters, history] = await Promise.all([
    db
      .select({ id: revisions.id, version: revisions.version, body: revisions.body, language: revisions.language, isNilReply: revisions.isNilReply, createdAt: revisions.createdAt })
      .from(revisions)
      .where(and(eq(revisions.submissionId, submission.id), eq(revisions.kind, "submission")))
      .orderBy(desc(revisions.version)),
    db
      .select({ id: reviewComments.id, body: reviewComments.body, visibility: reviewComments.visibility, createdAt: reviewComments.createdAt, author: users.name })
      .from(reviewComments)
      .innerJoin(users, eq(users.id, reviewComments.authorId))
      .where(eq(reviewComments.submissionId, submission.id))
      .orderBy(asc(reviewComments.createdAt)),
    db
      .select({ id: attachments.id, fileName: attachments.fileName, sizeBytes: attachments.sizeBytes, createdAt: attachments.createdAt })
      .from(attachments)
      .where(eq(attachments.submissionId, submission.id))
      .orderBy(desc(attachments.createdAt)),
    db
      .select({ id: auditEvents.id, action: auditEvents.action, fromStatus: auditEvents.fromStatus, toStatus: auditEvents.toStatus, createdAt: auditEvents.createdAt, actor: users.name })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(eq(auditEvents.submissionId, submission.id))
      .orderBy(desc(auditEvents.id)),
  ]);
  return { ...resolved, submission, submitted, comments, letters, history, reviewerId: submission.reviewerId ?? assignment?.reviewerId ?? null };
}

/** What a reviewer has to act on, most urgent first: late replies, then the oldest submissions. */
export async function getReviewerQueue(db: Executor, reviewerId: string) {
  return db
    .select({
      submissionId: submissions.id,
      status: submissions.status,
      isLate: submissions.isLate,
      submittedAt: submissions.submittedAt,
      iso3: memberStates.iso3,
      stateName: memberStates.name,
      letter: requestedItems.letter,
      session: sql<number>`(select target_session from reporting_cycles where id = ${submissions.cycleId})`,
    })
    .from(submissions)
    .innerJoin(memberStates, eq(memberStates.id, submissions.memberStateId))
    .innerJoin(requestedItems, eq(requestedItems.id, submissions.itemId))
    .leftJoin(reviewerAssignments, and(eq(reviewerAssignments.cycleId, submissions.cycleId), eq(reviewerAssignments.memberStateId, submissions.memberStateId)))
    .where(
      and(
        inArray(submissions.status, ["submitted", "under_review", "accepted"]),
        or(eq(submissions.reviewerId, reviewerId), and(sql`${submissions.reviewerId} is null`, eq(reviewerAssignments.reviewerId, reviewerId))),
      ),
    )
    .orderBy(desc(submissions.isLate), sql`case ${submissions.status} when 'submitted' then 0 when 'under_review' then 1 else 2 end`, asc(submissions.submittedAt))
    .limit(500);
}

/** A reply as last submitted, with its State, item and review status: one row of the replies export. */
const submittedReplyColumns = {
  state: memberStates.name,
  iso3: memberStates.iso3,
  letter: requestedItems.letter,
  status: submissions.status,
  isLate: submissions.isLate,
  publication: submissions.publication,
  submittedAt: submissions.submittedAt,
  language: revisions.language,
  isNilReply: revisions.isNilReply,
  body: revisions.body,
  version: revisions.version,
};

/** Every reply received in a cycle, as last submitted (never drafts, never comments), by State and item. */
export async function listSubmittedReplies(db: Executor, cycleId: number) {
  return db
    .select(submittedReplyColumns)
    .from(submissions)
    .innerJoin(revisions, eq(revisions.id, submissions.submittedRevisionId))
    .innerJoin(memberStates, eq(memberStates.id, submissions.memberStateId))
    .innerJoin(requestedItems, eq(requestedItems.id, submissions.itemId))
    .where(and(eq(submissions.cycleId, cycleId), inArray(submissions.status, ["submitted", "under_review", "returned", "accepted", "published"])))
    .orderBy(asc(memberStates.name), asc(requestedItems.letter));
}

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  action?: string;
  actor?: string;
  iso3?: string;
  /** New York calendar dates, inclusive. */
  from?: string;
  to?: string;
  /** Show events older than this id (keyset pagination: fast whatever the log's size). */
  before?: number;
}

export function parseAuditFilters(p: Record<string, string | string[] | undefined>): AuditFilters {
  const one = (k: string) => (typeof p[k] === "string" && p[k] ? (p[k] as string).trim().slice(0, 100) : undefined);
  const before = parseIntParam(one("before"), { max: Number.MAX_SAFE_INTEGER }) ?? undefined;
  const date = (k: string) => {
    const v = one(k);
    return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
  };
  return {
    action: one("action"),
    actor: one("actor"),
    iso3: one("iso3")?.toUpperCase(),
    from: date("from"),
    to: date("to"),
    before,
  };
}

/** The global log, newest first, one page at a time. Read-only: nothing updates or deletes it. */
export async function listAuditEvents(db: Executor, f: AuditFilters) {
  const where: SQL[] = [];
  if (f.action) where.push(like(auditEvents.action, `${f.action.replace(/[%_]/g, "")}%`));
  if (f.actor) where.push(eq(auditEvents.actorId, f.actor));
  if (f.iso3) where.push(eq(memberStates.iso3, f.iso3));
  if (f.from) where.push(gte(auditEvents.createdAt, newYorkTime(`${f.from}T00:00`)));
  if (f.to) where.push(lt(auditEvents.createdAt, newYorkTime(`${addDays(f.to, 1)}T00:00`)));
  if (f.before) where.push(lt(auditEvents.id, f.before));
  const rows = await db
    .select({
      id: auditEvents.id,
      createdAt: auditEvents.createdAt,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      fromStatus: auditEvents.fromStatus,
      toStatus: auditEvents.toStatus,
      details: auditEvents.details,
      actor: users.name,
      iso3: memberStates.iso3,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .leftJoin(memberStates, eq(memberStates.id, auditEvents.memberStateId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  return { events: rows.slice(0, AUDIT_PAGE_SIZE), nextBefore: rows.length > AUDIT_PAGE_SIZE ? rows[AUDIT_PAGE_SIZE - 1]!.id : null };
}
