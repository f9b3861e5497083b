import "server-only";
import { and, asc, count, eq, inArray, notExists, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberStates, paragraphs, reportEntries, reportingCycles, reports, requestedItems, resolutions, revisions, submissions, users, type ReportingCycle } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { nameHistories } from "@/lib/membership/queries";
import { getCycleMandate } from "@/lib/resolutions/queries";
import type { ReportSource, SourceReply } from "./compile";
import { reportMandate } from "./mandate";
import { msg } from "@/lib/i18n/message-key";

/** A reply goes into a report once the Secretariat has accepted it (or already marked it published). */
export const REPORTABLE_STATUSES = ["accepted", "published"] as const;

/** The cycle, its resolution, the paragraph asking for views and its items: the frame of every document. */
export async function getReportFrame(db: Executor, session: number) {
  const [row] = Number.isInteger(session)
    ? await db
        .select({ cycle: reportingCycles, resolution: resolutions })
        .from(reportingCycles)
        .innerJoin(resolutions, eq(resolutions.id, reportingCycles.resolutionId))
        .where(eq(reportingCycles.targetSession, session))
    : [];
  if (!row) throw new AppError("not_found", msg("serviceErrors.reportNoSuchCycle"));
  const items = await db.select().from(requestedItems).where(eq(requestedItems.resolutionId, row.resolution.id)).orderBy(asc(requestedItems.letter));
  const [paragraph] = items[0] ? await db.select().from(paragraphs).where(eq(paragraphs.id, items[0].paragraphId)) : [];
  if (!paragraph) throw new AppError("not_found", msg("serviceErrors.reportNoItems"));
  // The mandating resolution as the database records it for this cycle (64/25 for the sixty-fifth session).
  const recorded = await getCycleMandate(db, row.cycle);
  const mandate = reportMandate(row.cycle.targetSession, { number: recorded.number, paragraph: recorded.paragraph ?? paragraph.number });
  return { ...row, paragraph, items, mandate };
}
export type ReportFrame = Awaited<ReturnType<typeof getReportFrame>>;

/** The documents issued for a cycle, report first, then its addenda, with how many replies each holds. */
export async function listIssuedReports(db: Executor, cycleId: number) {
  return db
    .select({
      id: reports.id,
      addendum: reports.addendum,
      symbol: reports.symbol,
      issuedOn: reports.issuedOn,
      issuedBy: users.name,
      replies: count(reportEntries.id),
    })
    .from(reports)
    .innerJoin(users, eq(users.id, reports.issuedById))
    .leftJoin(reportEntries, eq(reportEntries.reportId, reports.id))
    .where(eq(reports.cycleId, cycleId))
    .groupBy(reports.id, users.name)
    .orderBy(asc(reports.addendum));
}

/**
 * The number the next document takes: 0 (the report) while none is issued; an addendum after it.
 * A cycle whose report was issued before the tracker existed (a report date, no row) continues with
 * Add.1.
 */
export function nextAddendumNumber(cycle: Pick<ReportingCycle, "reportIssuedOn">, issued: readonly { addendum: number }[]): number {
  if (issued.length > 0) return Math.max(...issued.map((r) => r.addendum)) + 1;
  return cycle.reportIssuedOn ? 1 : 0;
}

const replyColumns = {
  submissionId: submissions.id,
  revisionId: revisions.id,
  iso3: memberStates.iso3,
  stateName: memberStates.name,
  letter: requestedItems.letter,
  body: revisions.body,
  language: revisions.language,
  isNilReply: revisions.isNilReply,
  receivedAt: revisions.createdAt,
};

type ReplyRow = { submissionId: number; revisionId: number; iso3: string; stateName: string; letter: string; body: string; language: SourceReply["language"]; isNilReply: boolean; receivedAt: Date };

/** The rows as the report's replies, each State with its name history from the database. */
async function toSourceReplies(db: Executor, rows: readonly (ReplyRow & { publication: SourceReply["publication"] })[]): Promise<SourceReply[]> {
  const histories = await nameHistories(db, rows.map((r) => r.iso3));
  return rows.map((r) => toSourceReply(r, r.publication, histories.get(r.iso3)!));
}

function toSourceReply(r: ReplyRow, publication: SourceReply["publication"], history: SourceReply["state"]["history"]): SourceReply {
  return {
    submissionId: r.submissionId,
    revisionId: r.revisionId,
    state: { iso3: r.iso3, name: r.stateName, history },
    letter: r.letter,
    body: r.body,
    language: r.language,
    isNilReply: r.isNilReply,
    publication,
    receivedAt: r.receivedAt,
  };
}

/**
 * The replies the next document would reproduce: accepted (or already published) in this cycle, in
 * no document issued yet, each as its last submitted revision, never a draft.
 */
export async function pendingReplies(db: Executor, cycleId: number): Promise<SourceReply[]> {
  const rows = await db
    .select({ ...replyColumns, publication: submissions.publication, status: submissions.status })
    .from(submissions)
    .innerJoin(revisions, eq(revisions.id, submissions.submittedRevisionId))
    .innerJoin(memberStates, eq(memberStates.id, submissions.memberStateId))
    .innerJoin(requestedItems, eq(requestedItems.id, submissions.itemId))
    .where(
      and(
        eq(submissions.cycleId, cycleId),
        inArray(submissions.status, [...REPORTABLE_STATUSES]),
        eq(revisions.kind, "submission"),
        notExists(db.select({ one: sql`1` }).from(reportEntries).where(eq(reportEntries.submissionId, submissions.id))),
      ),
    );
  return toSourceReplies(db, rows);
}

/** The next document of a cycle (the report, or its next addendum) as it would be issued now. */
export async function loadNextDocument(db: Executor, session: number): Promise<{ frame: ReportFrame; source: ReportSource; issued: Awaited<ReturnType<typeof listIssuedReports>> }> {
  const frame = await getReportFrame(db, session);
  const [issued, replies] = await Promise.all([listIssuedReports(db, frame.cycle.id), pendingReplies(db, frame.cycle.id)]);
  const addendum = nextAddendumNumber(frame.cycle, issued);
  return { frame, issued, source: sourceOf(frame, addendum, null, mainIssuedOn(frame, issued), replies) };
}

/** An issued document exactly as issued: the revisions its entries point at, and the publication recorded then. */
export async function loadIssuedDocument(db: Executor, session: number, addendum: number): Promise<{ frame: ReportFrame; source: ReportSource }> {
  const frame = await getReportFrame(db, session);
  const issued = await listIssuedReports(db, frame.cycle.id);
  const report = issued.find((r) => r.addendum === addendum);
  if (!report) throw new AppError("not_found", msg("serviceErrors.reportNoSuchDocument"));
  const rows = await db
    .select({ ...replyColumns, publication: reportEntries.publication })
    .from(reportEntries)
    .innerJoin(submissions, eq(submissions.id, reportEntries.submissionId))
    .innerJoin(revisions, eq(revisions.id, reportEntries.revisionId))
    .innerJoin(memberStates, eq(memberStates.id, submissions.memberStateId))
    .innerJoin(requestedItems, eq(requestedItems.id, submissions.itemId))
    .where(eq(reportEntries.reportId, report.id));
  return { frame, source: sourceOf(frame, addendum, report.issuedOn, mainIssuedOn(frame, issued), await toSourceReplies(db, rows)) };
}

function mainIssuedOn(frame: ReportFrame, issued: readonly { addendum: number; issuedOn: string }[]): string | null {
  return issued.find((r) => r.addendum === 0)?.issuedOn ?? frame.cycle.reportIssuedOn;
}

function sourceOf(frame: ReportFrame, addendum: number, issuedOn: string | null, mainIssued: string | null, replies: SourceReply[]): ReportSource {
  const { cycle, resolution, paragraph, items, mandate } = frame;
  return {
    mandate,
    resolution: { symbol: resolution.symbol, number: resolution.number, title: resolution.title, adoptedOn: resolution.adoptedOn },
    paragraph: { number: paragraph.number, verb: paragraph.verb, text: paragraph.text },
    items: items.map((i) => ({ letter: i.letter, text: i.text })),
    cycle: {
      targetSession: cycle.targetSession,
      reportSymbol: cycle.reportSymbol,
      reportAgendaItem: cycle.reportAgendaItem,
      noteVerbaleDate: cycle.noteVerbaleDate,
      noteVerbaleSymbol: cycle.noteVerbaleSymbol,
    },
    addendum,
    issuedOn,
    mainIssuedOn: mainIssued,
    replies,
  };
}
