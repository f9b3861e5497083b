import type { Executor } from "@/db/client";
import { toExcelCsv } from "@/lib/csv";
import { GROUP_LABELS } from "@/lib/groups";
import { getCycleBySession } from "@/lib/resolutions/queries";
import { NIL_REPLY_TEXT } from "@/lib/validation/submission";
import { filterRows, type MatrixFilters } from "./matrix";
import { getCoverageMatrix, listReviewers, listSubmittedReplies } from "./queries";

/** The matrix as the Secretariat filtered it. */
export async function matrixCsv(db: Executor, session: number, filters: MatrixFilters): Promise<string> {
  const cycle = await getCycleBySession(db, session);
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

/** Every reply received in a cycle, as last submitted (never drafts, never comments). */
export async function repliesCsv(db: Executor, session: number): Promise<string> {
  const cycle = await getCycleBySession(db, session);
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
