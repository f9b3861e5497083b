import "server-only";
import { and, asc, count, desc, eq, getTableColumns, inArray, lt, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { keptStatement } from "@/db/kept-statement";
import {
  attachments,
  deadlineExtensions,
  memberStates,
  reportingCycles,
  requestedItems,
  reviewComments,
  revisions,
  submissions,
  users,
  type SubmissionStatus,
} from "@/db/schema";
import { effectiveDeadline } from "@/lib/deadlines";
import { isMemberOnSql } from "@/lib/membership/queries";
import { AppError } from "@/lib/errors";
import { canEditState, canViewState, type Actor } from "@/lib/permissions";
import { countByStatus } from "@/lib/status";
import { newYorkDate } from "@/lib/time";
import type { ItemRef } from "@/lib/validation/submission";
import { cycleReportDateAssumed, listRequestedItems } from "@/lib/resolutions/queries";
import { shownReport } from "@/lib/cycles";
import { findSubmission, resolveItemRefKept } from "./refs";
import { keepNothing, type Keep } from "@/lib/keep";

// A revision whole, less its full-text search document (revisions.search_vector), which no page shows.
const { searchVector: _searchVector, ...revisionColumns } = getTableColumns(revisions);
void _searchVector;

/** A reviewer's comment meant for the delegation, as its home and the editor show it. */
export interface DelegationComment {
  id: number;
  body: string;
  createdAt: Date;
}

/**
 * The comments meant for the delegation on the reply of the statement's row, oldest first, as one JSON column.
 * Internal comments never leave the Secretariat. The reply's column is qualified by hand: in a statement on one
 * table drizzle writes it bare ("id"), which inside this subquery would name the comment's own.
 */
const delegationCommentsSql = sql<{ id: number; body: string; createdAt: string }[]>`coalesce((
  select json_agg(json_build_object('id', rc.id, 'body', rc.body, 'createdAt', rc.created_at) order by rc.created_at, rc.id)
  from ${reviewComments} rc where rc.submission_id = "submissions"."id" and rc.visibility = 'delegation'), '[]'::json)`;

const delegationComments = (rows: { id: number; body: string; createdAt: string }[] = []): DelegationComment[] =>
  rows.map((c) => ({ ...c, createdAt: new Date(c.createdAt) }));

/**
 * A State's replies to one resolution's cycles, with the comments meant for it: the delegation home's statement,
 * run on every view, kept (db/kept-statement.ts). Only this resolution's cycles: the State's replies to other
 * resolutions of the series grow every year.
 */
const stateReplies = keptStatement((db) =>
  db
    .select({ submission: submissions, comments: delegationCommentsSql })
    .from(submissions)
    .where(
      and(
        eq(submissions.memberStateId, sql.placeholder("stateId")),
        inArray(submissions.cycleId, db.select({ id: reportingCycles.id }).from(reportingCycles).where(eq(reportingCycles.resolutionId, sql.placeholder("resolutionId")))),
      ),
    )
    .prepare("state_replies"),
);

/**
 * A State's cycles of one resolution, each with its items, the State's replies, its deadline (extended or not) and
 * the reviewers' comments meant for the delegation: two statements (one when the cycles are kept) whatever the number of cycles, items or comments.
 * The cycle's report is given as pages may show it on `today` (lib/cycles.ts, shownReport): an assumed issue date is
 * left out. The cycles with the State's extensions are reference data: a page passes `keep` to keep them.
 */
export async function getStateDashboard(db: Executor, stateId: number, resolutionId: number, today: string, keep: Keep = keepNothing) {
  const [cycles, items, rows] = await Promise.all([
    keep(`state-cycles:${stateId}:${resolutionId}`, () =>
      db
        .select({
          cycle: reportingCycles,
          reportDateAssumed: cycleReportDateAssumed,
          extension: { deadline: deadlineExtensions.deadline, reason: deadlineExtensions.reason },
        })
        .from(reportingCycles)
        .leftJoin(deadlineExtensions, and(eq(deadlineExtensions.cycleId, reportingCycles.id), eq(deadlineExtensions.memberStateId, stateId)))
        .where(eq(reportingCycles.resolutionId, resolutionId))
        .orderBy(asc(reportingCycles.targetSession)),
    ),
    listRequestedItems(db, resolutionId),
    stateReplies(db).execute({ stateId, resolutionId }),
  ]);
  // The cycle's notes on its assumptions are the Secretariat's, not the State's: they stay out.
  return cycles.map(({ cycle: row, reportDateAssumed, extension }) => {
    const { reportIssuedOn, assumptions, ...cycle } = row;
    void assumptions;
    return {
      cycle,
      report: shownReport({ reportSymbol: cycle.reportSymbol, reportIssuedOn }, reportDateAssumed, today),
      extension,
      deadline: effectiveDeadline(cycle.deadline, extension),
      items: items.map((item) => {
        const found = rows.find((r) => r.submission.cycleId === cycle.id && r.submission.itemId === item.id);
        return {
          item,
          submission: found?.submission ?? null,
          status: (found?.submission.status ?? "not_started") as SubmissionStatus,
          comments: delegationComments(found?.comments),
        };
      }),
    };
  });
}

/**
 * The editor's statement, run on every view of it (kept, db/kept-statement.ts): the reply, the version last
 * submitted, the reviewers' comments meant for the delegation and the letters, in one statement.
 */
const editorReply = keptStatement((db) =>
  db
    .select({
      submission: submissions,
      submittedRevision: revisionColumns,
      comments: delegationCommentsSql,
      letters: sql<{ id: number; fileName: string; sizeBytes: number; createdAt: string }[]>`coalesce((
        select json_agg(json_build_object('id', a.id, 'fileName', a.file_name, 'sizeBytes', a.size_bytes, 'createdAt', a.created_at) order by a.created_at desc, a.id desc)
        from ${attachments} a where a.submission_id = "submissions"."id"), '[]'::json)`,
    })
    .from(submissions)
    .leftJoin(revisions, eq(revisions.id, submissions.submittedRevisionId))
    .where(
      and(
        eq(submissions.memberStateId, sql.placeholder("stateId")),
        eq(submissions.cycleId, sql.placeholder("cycleId")),
        eq(submissions.itemId, sql.placeholder("itemId")),
      ),
    )
    .prepare("editor_reply"),
);

/** Everything the item editor shows, for the State's own delegation only (drafts are private). */
export async function getEditorView(db: Executor, actor: Actor, ref: ItemRef, keep: Keep = keepNothing) {
  const resolved = await resolveItemRefKept(db, ref, keep);
  if (!canEditState(actor, resolved.state.id)) throw new AppError("forbidden");
  const [found] = await editorReply(db).execute({ stateId: resolved.state.id, cycleId: resolved.cycle.id, itemId: resolved.item.id });
  return {
    ...resolved,
    submission: found?.submission ?? null,
    comments: delegationComments(found?.comments),
    letters: (found?.letters ?? []).map((l) => ({ ...l, createdAt: new Date(l.createdAt) })),
    submittedRevision: found?.submittedRevision ?? null,
  };
}

/** The versions of one item, newest first, for the State's delegation (and the Secretariat's review). */
export const HISTORY_PAGE_SIZE = 20;

export interface RevisionPage {
  /** Show versions older than this one (keyset pagination: as fast on the 500th version as on the 1st). */
  before?: number;
  /** Versions wanted whatever the page (the two being compared). */
  versions?: number[];
}

/** One page of an item's saved versions, newest first, and the versions asked for by number. */
export async function listRevisions(db: Executor, actor: Actor, ref: ItemRef, page: RevisionPage = {}, keep: Keep = keepNothing) {
  const resolved = await resolveItemRefKept(db, ref, keep);
  if (!canViewState(actor, resolved.state.id)) throw new AppError("forbidden");
  const row = await findSubmission(db, resolved);
  if (!row) return { ...resolved, submission: null, revisions: [], picked: [], nextBefore: null };
  const own = canEditState(actor, resolved.state.id);
  // The Secretariat sees only what was submitted; drafts stay with the delegation.
  const visible = own ? eq(revisions.submissionId, row.id) : and(eq(revisions.submissionId, row.id), inArray(revisions.kind, ["submission"]));
  const columns = {
    id: revisions.id,
    version: revisions.version,
    kind: revisions.kind,
    body: revisions.body,
    language: revisions.language,
    isNilReply: revisions.isNilReply,
    createdAt: revisions.createdAt,
    author: users.name,
  };
  const wanted = (page.versions ?? []).filter((v) => Number.isInteger(v) && v > 0).slice(0, 2);
  const [list, picked] = await Promise.all([
    db
      .select(columns)
      .from(revisions)
      .innerJoin(users, eq(users.id, revisions.authorId))
      .where(page.before ? and(visible, lt(revisions.version, page.before)) : visible)
      .orderBy(desc(revisions.version))
      .limit(HISTORY_PAGE_SIZE + 1),
    wanted.length > 0
      ? db.select(columns).from(revisions).innerJoin(users, eq(users.id, revisions.authorId)).where(and(visible, inArray(revisions.version, wanted)))
      : Promise.resolve([]),
  ]);
  const shown = list.slice(0, HISTORY_PAGE_SIZE);
  return { ...resolved, submission: row, revisions: shown, picked, nextBefore: list.length > HISTORY_PAGE_SIZE ? shown[shown.length - 1]!.version : null };
}

/** A State's four items in one cycle with their status; two queries whatever the data size. */
export async function getStateCycleItems(db: Executor, memberStateId: number, cycle: { id: number; resolutionId: number }) {
  const [items, rows, [extension]] = await Promise.all([
    db.select().from(requestedItems).where(eq(requestedItems.resolutionId, cycle.resolutionId)).orderBy(requestedItems.letter),
    db
      .select({
        itemId: submissions.itemId,
        status: submissions.status,
        version: submissions.version,
        lastSavedAt: submissions.lastSavedAt,
        submittedAt: submissions.submittedAt,
        isLate: submissions.isLate,
        isNilReply: submissions.isNilReply,
      })
      .from(submissions)
      .where(and(eq(submissions.memberStateId, memberStateId), eq(submissions.cycleId, cycle.id))),
    db
      .select({ deadline: deadlineExtensions.deadline, reason: deadlineExtensions.reason })
      .from(deadlineExtensions)
      .where(and(eq(deadlineExtensions.memberStateId, memberStateId), eq(deadlineExtensions.cycleId, cycle.id))),
  ]);
  return {
    extension: extension ?? null,
    items: items.map((item) => {
      const row = rows.find((r) => r.itemId === item.id);
      return { item, status: (row?.status ?? "not_started") as SubmissionStatus, submission: row ?? null };
    }),
  };
}

/** Totals per status for a cycle across the Member States of its deadline (New York day) and its items. */
export async function getCycleStatusCounts(db: Executor, cycle: { id: number; resolutionId: number; deadline: Date }) {
  // One statement: the replies by status, and how many States (members on the deadline) and items are expected.
  const byStatus = db
    .select({ status: submissions.status, n: sql<number>`count(*)::int`.as("n") })
    .from(submissions)
    .where(eq(submissions.cycleId, cycle.id))
    .groupBy(submissions.status);
  const states = db.select({ n: count() }).from(memberStates).where(isMemberOnSql(newYorkDate(cycle.deadline)));
  const items = db.select({ n: count() }).from(requestedItems).where(eq(requestedItems.resolutionId, cycle.resolutionId));
  const [row] = await db
    .select({
      byStatus: sql<{ status: SubmissionStatus; n: number }[]>`(select coalesce(json_agg(g), '[]'::json) from (${byStatus}) g)`,
      states: sql<number>`(${states})`.mapWith(Number),
      items: sql<number>`(${items})`.mapWith(Number),
    })
    .from(reportingCycles)
    .where(eq(reportingCycles.id, cycle.id));
  const expected = (row?.states ?? 0) * (row?.items ?? 0);
  return { counts: countByStatus(row?.byStatus ?? [], expected), expected };
}

/** How many versions of a reply were submitted before a given internal version (to number submitted versions 1, 2… on any page of its history). */
export async function countSubmittedBelow(db: Executor, submissionId: number, version: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(revisions)
    .where(and(eq(revisions.submissionId, submissionId), eq(revisions.kind, "submission"), lt(revisions.version, version)));
  return row?.n ?? 0;
}
