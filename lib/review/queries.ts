import { parseIntParam } from "@/lib/params";
import "server-only";
import { and, asc, desc, eq, gte, inArray, lt, sql, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { executedRows } from "@/db/rows";
import {
  attachments,
  auditEvents,
  deadlineExtensions,
  memberStates,
  requestedItems,
  reviewComments,
  reportingCycles,
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
import { isMemberOnSql, stateNameOn } from "@/lib/membership/queries";
import { addDays, newYorkDate, newYorkTime } from "@/lib/time";
import { sortCollated } from "@/lib/intl-cache";
import type { RegionalGroupName } from "@/lib/groups";
import type { ItemRef } from "@/lib/validation/submission";
import { AUDIT_KINDS, isAuditKind, type AuditKind } from "./audit-log";
import { rowReviewer, type MatrixCell, type MatrixRow } from "./matrix";

export function listReviewers(db: Executor) {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(inArray(users.role, ["reviewer", "admin"]), sql`${users.disabledAt} is null`))
    .orderBy(asc(users.name));
}

/** One State's row of the coverage matrix as PostgreSQL returns it (getCoverageMatrix). */
type CoverageRow = {
  id: number;
  iso3: string;
  name: string;
  group: RegionalGroupName;
  assigned: string | null;
  extended_to: Date | string | null;
  /** "itemId:status:late:reviewerId" per reply, comma-separated (a status, a number and a uuid hold neither sign). */
  cells: string | null;
};

/**
 * The coverage matrix of a cycle: every State that was a Member on the cycle's deadline (New York day), under its
 * name of that day and sorted by it, x item with status, lateness and reviewer. One statement whatever the data size
 * (the items are read once per process): a row per State, its replies packed in one text column. The rows are read
 * as the driver returns them, without drizzle's mapping of each of their values: the matrix is the one page that
 * reads 193 rows on every view. Filtering happens on the rows (192 or 193) in memory.
 */
export async function getCoverageMatrix(db: Executor, cycle: Pick<ReportingCycle, "id" | "resolutionId" | "deadline">) {
  const day = newYorkDate(cycle.deadline);
  const [result, items] = await Promise.all([
    db.execute<CoverageRow>(sql`
      select ${memberStates.id} as id, ${memberStates.iso3} as iso3, ${stateNameOn(day)} as name, ${memberStates.electoralGroup} as "group",
        ${reviewerAssignments.reviewerId} as assigned, ${deadlineExtensions.deadline} as extended_to, replies.cells
      from ${memberStates}
      left join ${reviewerAssignments} on ${reviewerAssignments.cycleId} = ${cycle.id} and ${reviewerAssignments.memberStateId} = ${memberStates.id}
      left join ${deadlineExtensions} on ${deadlineExtensions.cycleId} = ${cycle.id} and ${deadlineExtensions.memberStateId} = ${memberStates.id}
      left join (
        select ${submissions.memberStateId} as member_state_id,
          string_agg(${submissions.itemId}::text || ':' || ${submissions.status}::text || ':' || (case when ${submissions.isLate} then '1' else '0' end) || ':' || coalesce(${submissions.reviewerId}::text, ''), ',') as cells
        from ${submissions} where ${submissions.cycleId} = ${cycle.id} group by ${submissions.memberStateId}
      ) replies on replies.member_state_id = ${memberStates.id}
      where ${isMemberOnSql(day)}`),
    listRequestedItems(db, cycle.resolutionId),
  ]);
  const states = sortCollated(executedRows<CoverageRow>(result), (s) => s.name, "en");
  const letterOf = new Map(items.map((item) => [item.id, item.letter]));
  const matrix: MatrixRow[] = states.map(({ id, iso3, name, group, assigned, extended_to, cells: packed }) => {
    // Each item's reviewer is the one it has now: its own (set by "Start review" or an item
    // assignment), else its State's.
    const cells: Record<string, MatrixCell> = {};
    for (const item of items) cells[item.letter] = { status: "not_started", isLate: false, reviewerId: assigned };
    for (const reply of packed ? packed.split(",") : []) {
      const [itemId, status, late, reviewerId] = reply.split(":");
      const letter = letterOf.get(Number(itemId));
      if (letter) cells[letter] = { status: status as SubmissionStatus, isLate: late === "1", reviewerId: reviewerId || assigned };
    }
    return { state: { id, iso3, name, group }, reviewerId: rowReviewer(assigned, Object.values(cells)), extendedTo: extended_to === null ? null : new Date(extended_to), cells };
  });
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

/** Statuses that wait for a Secretariat decision (review, accept, publish). */
export const QUEUE_STATUSES = ["submitted", "under_review", "accepted"] as const satisfies readonly SubmissionStatus[];

/**
 * All the work waiting for the Secretariat, each reply with the reviewer it has now (its own, or its
 * State's) and the deadline that applies to it. Most urgent first: the earliest deadline, then late
 * replies, then the oldest submission. The page splits it into "mine", "unassigned" and others'.
 */
export async function getWorkQueue(db: Executor) {
  const currentReviewer = sql<string | null>`coalesce(${submissions.reviewerId}, ${reviewerAssignments.reviewerId})`;
  const deadline = sql<Date>`coalesce(${deadlineExtensions.deadline}, ${reportingCycles.deadline})`.mapWith(reportingCycles.deadline);
  return db
    .select({
      submissionId: submissions.id,
      status: submissions.status,
      isLate: submissions.isLate,
      submittedAt: submissions.submittedAt,
      iso3: memberStates.iso3,
      stateName: memberStates.name,
      letter: requestedItems.letter,
      session: reportingCycles.targetSession,
      deadline,
      reviewerId: currentReviewer,
    })
    .from(submissions)
    .innerJoin(reportingCycles, eq(reportingCycles.id, submissions.cycleId))
    .innerJoin(memberStates, eq(memberStates.id, submissions.memberStateId))
    .innerJoin(requestedItems, eq(requestedItems.id, submissions.itemId))
    .leftJoin(reviewerAssignments, and(eq(reviewerAssignments.cycleId, submissions.cycleId), eq(reviewerAssignments.memberStateId, submissions.memberStateId)))
    .leftJoin(deadlineExtensions, and(eq(deadlineExtensions.cycleId, submissions.cycleId), eq(deadlineExtensions.memberStateId, submissions.memberStateId)))
    .where(inArray(submissions.status, [...QUEUE_STATUSES]))
    .orderBy(asc(deadline), desc(submissions.isLate), sql`${submissions.submittedAt} asc nulls last`, asc(submissions.id))
    .limit(1000);
}

export type QueueEntry = Awaited<ReturnType<typeof getWorkQueue>>[number];

/** What a reviewer has to act on (theirs only), most urgent first. */
export async function getReviewerQueue(db: Executor, reviewerId: string) {
  return (await getWorkQueue(db)).filter((q) => q.reviewerId === reviewerId);
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
  /** A kind of event named in words (AUDIT_KINDS). */
  kind?: AuditKind;
  actor?: string;
  iso3?: string;
  /** An item letter: events about that item of any State. */
  item?: string;
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
  const kind = one("kind");
  const item = one("item");
  const iso3 = one("iso3")?.toUpperCase();
  const actor = one("actor");
  return {
    kind: isAuditKind(kind) ? kind : undefined,
    actor: actor && /^[0-9a-f-]{36}$/i.test(actor) ? actor : undefined,
    iso3: iso3 && /^[A-Z]{3}$/.test(iso3) ? iso3 : undefined,
    item: item && /^[a-z]$/.test(item) ? item : undefined,
    from: date("from"),
    to: date("to"),
    before,
  };
}

/** The global log, newest first, one page at a time. Read-only: nothing updates or deletes it. */
export async function listAuditEvents(db: Executor, f: AuditFilters) {
  const where: SQL[] = [];
  if (f.kind) where.push(inArray(auditEvents.action, [...AUDIT_KINDS[f.kind]]));
  if (f.actor) where.push(eq(auditEvents.actorId, f.actor));
  if (f.iso3) where.push(eq(memberStates.iso3, f.iso3));
  if (f.item) where.push(sql`${auditEvents.details}->>'item' = ${f.item}`);
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
      submissionId: auditEvents.submissionId,
      actor: users.name,
      iso3: memberStates.iso3,
      session: reportingCycles.targetSession,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .leftJoin(memberStates, eq(memberStates.id, auditEvents.memberStateId))
    .leftJoin(reportingCycles, eq(reportingCycles.id, auditEvents.cycleId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  return { events: rows.slice(0, AUDIT_PAGE_SIZE), nextBefore: rows.length > AUDIT_PAGE_SIZE ? rows[AUDIT_PAGE_SIZE - 1]!.id : null };
}

/** Every Member State, for the audit log's filter. */
export function listStateOptions(db: Executor) {
  return db.select({ iso3: memberStates.iso3, name: memberStates.name }).from(memberStates).orderBy(asc(memberStates.name));
}
