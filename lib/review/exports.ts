import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberStates, reportingCycles, requestedItems, revisions, submissions } from "@/db/schema";
import { toExcelCsv } from "@/lib/csv";
import { AppError } from "@/lib/errors";
import { GROUP_LABELS } from "@/lib/groups";
import { NIL_REPLY_TEXT } from "@/lib/validation/submission";
import { filterRows, type MatrixFilters } from "./matrix";
import { getCoverageMatrix, listReviewers } from "./queries";

export async function findCycleBySession(db: Executor, session: number) {
  const [cycle] = Number.isInteger(session) ? await db.select().from(reportingCycles).where(eq(reportingCycles.targetSession, session)) : [];
  if (!cycle) throw new AppError("not_found", "No such reporting cycle.");
  return cycle;
}

/** The matrix as the Secretariat filtered it. */
export async function matrixCsv(db: Executor, session: number, filters: MatrixFilters): Promise<string> {
  const cycle = await findCycleBySession(db, session);
  const [{ items, rows }, reviewers] = await Promise.all([getCoverageMatrix(db, cycle), listReviewers(db)]);
  const names = new Map(reviewers.map((r) => [r.id, r.name]));
  const letters = items.map((i) => i.letter);
  return toExcelCsv(
    ["State", "ISO3", "Regional group", ...letters.map((l) => `Item (${l})`), "Late items", "Reviewer"],
    filterRows(rows, filters).map((r) => [
      r.state.name,
      r.state.iso3,
      GROUP_LABELS[r.state.group].states,
      ...letters.map((l) => r.cells[l]!.status.replace("_", " ")),
      letters.filter((l) => r.cells[l]!.isLate).join(" "),
      r.reviewerId ? names.get(r.reviewerId) ?? "" : "",
    ]),
  );
}

/** Every reply received in a cycle, as last submitted (never drafts, never comments), by State and item. */
export async function listSubmittedReplies(db: Executor, cycleId: number) {
  return db
    .select({
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
    })
    .from(submissions)
    .innerJoin(revisions, eq(revisions.id, submissions.submittedRevisionId))
    .innerJoin(memberStates, eq(memberStates.id, submissions.memberStateId))
    .innerJoin(requestedItems, eq(requestedItems.id, submissions.itemId))
    .where(and(eq(submissions.cycleId, cycleId), inArray(submissions.status, ["submitted", "under_review", "returned", "accepted", "published"])))
    .orderBy(asc(memberStates.name), asc(requestedItems.letter));
}

/** Every reply received in a cycle, as last submitted (never drafts, never comments). */
export async function repliesCsv(db: Executor, session: number): Promise<string> {
  const cycle = await findCycleBySession(db, session);
  const rows = await listSubmittedReplies(db, cycle.id);
  return toExcelCsv(
    ["State", "ISO3", "Item", "Status", "Received (UTC)", "Late", "Language of the original", "Publication", "Version", "Reply"],
    rows.map((r) => [
      r.state,
      r.iso3,
      r.letter,
      r.status.replace("_", " "),
      r.submittedAt?.toISOString() ?? "",
      r.isLate,
      r.language,
      r.publication,
      r.version,
      r.isNilReply ? NIL_REPLY_TEXT : r.body,
    ]),
  );
}
