import { eq } from "drizzle-orm";
import { reportingCycles } from "@/db/schema";
import { recordAudit } from "./audit";
import { AppError } from "./errors";
import type { ServiceContext } from "./submissions/context";

/** Changes a cycle's backward-planning offsets (data per cycle); administrators only, audited. */
export function setCycleOffsets(
  ctx: ServiceContext,
  input: { cycleId: number; issuanceLeadDays: number; processingDays: number },
): Promise<{ issuanceLeadDays: number; processingDays: number }> {
  if (ctx.actor.role !== "admin") return Promise.reject(new AppError("forbidden", "Only an administrator can change the planning offsets."));
  return ctx.db.transaction(async (tx) => {
    const [cycle] = await tx.select().from(reportingCycles).where(eq(reportingCycles.id, input.cycleId)).for("update");
    if (!cycle) throw new AppError("not_found", "No such reporting cycle.");
    await tx
      .update(reportingCycles)
      .set({ issuanceLeadDays: input.issuanceLeadDays, processingDays: input.processingDays })
      .where(eq(reportingCycles.id, cycle.id));
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "cycle.update_offsets",
      entityType: "reporting_cycle",
      entityId: String(cycle.id),
      cycleId: cycle.id,
      details: {
        from: { issuanceLeadDays: cycle.issuanceLeadDays, processingDays: cycle.processingDays },
        to: { issuanceLeadDays: input.issuanceLeadDays, processingDays: input.processingDays },
      },
      createdAt: ctx.now,
    });
    return { issuanceLeadDays: input.issuanceLeadDays, processingDays: input.processingDays };
  });
}
