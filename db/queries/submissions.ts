import { and, count, eq, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { deadlineExtensions, memberStates, requestedItems, submissions, type SubmissionStatus } from "@/db/schema";
import { countByStatus } from "@/lib/status";

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

/** Totals per status for a cycle across all Member States and items. */
export async function getCycleStatusCounts(db: Executor, cycle: { id: number; resolutionId: number }) {
  const [rows, [states], [items]] = await Promise.all([
    db
      .select({ status: submissions.status, n: sql<number>`count(*)::int` })
      .from(submissions)
      .where(eq(submissions.cycleId, cycle.id))
      .groupBy(submissions.status),
    db.select({ n: count() }).from(memberStates),
    db.select({ n: count() }).from(requestedItems).where(eq(requestedItems.resolutionId, cycle.resolutionId)),
  ]);
  const expected = (states?.n ?? 0) * (items?.n ?? 0);
  return { counts: countByStatus(rows, expected), expected };
}
