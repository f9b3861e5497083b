import type { SubmissionStatus } from "@/db/schema";

export const STATUSES: readonly SubmissionStatus[] = [
  "not_started",
  "draft",
  "submitted",
  "under_review",
  "returned",
  "accepted",
  "published",
  "withdrawn",
];

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
