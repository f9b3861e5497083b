import { and, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { deadlineExtensions, memberStates, reportingCycles, requestedItems, submissions, type Submission } from "@/db/schema";
import { effectiveDeadline } from "@/lib/deadlines";
import { AppError } from "@/lib/errors";
import type { ItemRef } from "@/lib/validation/submission";
import { msg } from "@/lib/i18n/message-key";
import { keepNothing, type Keep } from "@/lib/keep";

/** Finds the State, cycle (by its target session) and item an address names, or throws not_found. */
export async function resolveItemRef(db: Executor, ref: ItemRef) {
  // The State's extension of this cycle, if any, in the same statement.
  const [row] = await db
    .select({ state: memberStates, cycle: reportingCycles, item: requestedItems, extension: deadlineExtensions })
    .from(memberStates)
    .innerJoin(reportingCycles, eq(reportingCycles.targetSession, ref.session))
    .innerJoin(requestedItems, and(eq(requestedItems.resolutionId, reportingCycles.resolutionId), eq(requestedItems.letter, ref.letter)))
    .leftJoin(deadlineExtensions, and(eq(deadlineExtensions.memberStateId, memberStates.id), eq(deadlineExtensions.cycleId, reportingCycles.id)))
    .where(eq(memberStates.iso3, ref.iso3.toUpperCase()))
    .limit(1);
  if (!row) throw new AppError("not_found", msg("serviceErrors.noSuchItem"));
  return { ...row, deadline: effectiveDeadline(row.cycle.deadline, row.extension) };
}

export type ResolvedItem = Awaited<ReturnType<typeof resolveItemRef>>;

/** The same, through `keep`: a page passes lib/reference-cache.ts's `reference` (the address's State, cycle, item and extension are reference data). */
export function resolveItemRefKept(db: Executor, ref: ItemRef, keep: Keep = keepNothing): Promise<ResolvedItem> {
  return keep(`item:${ref.iso3.toUpperCase()}:${ref.session}:${ref.letter}`, () => resolveItemRef(db, ref));
}

type ItemKey = Pick<ResolvedItem, "state" | "cycle" | "item">;

/** The submission row of (State, cycle, item), or undefined while the State has not started it. */
export async function findSubmission(db: Executor, r: ItemKey): Promise<Submission | undefined> {
  const [row] = await db
    .select()
    .from(submissions)
    .where(and(eq(submissions.memberStateId, r.state.id), eq(submissions.cycleId, r.cycle.id), eq(submissions.itemId, r.item.id)));
  return row;
}

/** The submission row of (State, cycle, item), created as "not started" the first time it is needed. */
export async function ensureSubmission(db: Executor, r: ItemKey): Promise<Submission> {
  await db.insert(submissions).values({ memberStateId: r.state.id, cycleId: r.cycle.id, itemId: r.item.id }).onConflictDoNothing();
  return (await findSubmission(db, r))!;
}

/** What ties an audit event to a submission: the submission, its State and its cycle. */
export function submissionAuditRef(submission: { id: number }, r: ItemKey) {
  return { submissionId: submission.id, memberStateId: r.state.id, cycleId: r.cycle.id };
}
