import { submissionStatus, type SubmissionStatus } from "@/db/schema";

/** Every status, in workflow order (the order of the database enum). */
export const STATUSES: readonly SubmissionStatus[] = submissionStatus.enumValues;

/** Counts per status for a cycle: every (State, item) pair without a row counts as not started. */
export function countByStatus(rows: readonly { status: SubmissionStatus; n: number }[], expectedTotal: number): Record<SubmissionStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<SubmissionStatus, number>;
  let seen = 0;
  for (const r of rows) {
    counts[r.status] += r.n;
    seen += r.n;
  }
  counts.not_started += Math.max(0, expectedTotal - seen);
  return counts;
}
