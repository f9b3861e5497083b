import { eq } from "drizzle-orm";
import { reportingCycles } from "@/db/schema";
import { recordAuditBy } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-key";
import { withTransaction, type ServiceContext } from "@/lib/context";
import { newYorkTime } from "@/lib/time";

/** Edits a cycle's dates and settings (administrators); the change and its audit row commit together. */
export async function updateCycle(
  ctx: ServiceContext,
  input: { cycleId: number; noteVerbaleDate: string; deadline: string; reportSymbol?: string; reminderOffsets: number[]; issuanceLeadDays: number; processingDays: number },
) {
  return withTransaction(ctx, async (tx) => {
    const [before] = await tx.select().from(reportingCycles).where(eq(reportingCycles.id, input.cycleId));
    if (!before) throw new AppError("not_found", msg("serverErrors.admin.noSuchCycle"));
    if (before.closedAt) throw new AppError("closed", msg("serverErrors.admin.cycleIssued"));
    const deadline = newYorkTime(input.deadline);
    const [after] = await tx
      .update(reportingCycles)
      .set({
        noteVerbaleDate: input.noteVerbaleDate,
        deadline,
        reportSymbol: input.reportSymbol || null,
        reminderOffsets: input.reminderOffsets,
        issuanceLeadDays: input.issuanceLeadDays,
        processingDays: input.processingDays,
      })
      .where(eq(reportingCycles.id, input.cycleId))
      .returning();
    await recordAuditBy(tx, ctx, {
      action: "cycle.update",
      entityType: "reporting_cycle",
      entityId: String(input.cycleId),
      cycleId: input.cycleId,
      details: {
        before: { noteVerbaleDate: before.noteVerbaleDate, deadline: before.deadline.toISOString(), reminderOffsets: before.reminderOffsets },
        after: { noteVerbaleDate: after!.noteVerbaleDate, deadline: after!.deadline.toISOString(), reminderOffsets: after!.reminderOffsets },
      },
    });
    return after!;
  });
}
