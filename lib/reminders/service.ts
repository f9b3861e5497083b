import { eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { outbox } from "@/db/schema";
import { recordAuditBy } from "@/lib/audit";
import { withTransaction, type ServiceContext } from "@/lib/context";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-key";
import { retryMessage } from "./job";

/**
 * A Secretariat decision: a message set aside after failing MAX_ATTEMPTS times goes back in line, to be
 * tried at the job's next run with a fresh count of attempts. Only a set-aside message can be retried;
 * the decision is in the audit log with the address it was written to.
 */
export async function retrySetAsideMessage(ctx: ServiceContext, input: { id: number }): Promise<{ to: string }> {
  return withTransaction(ctx, async (tx: Transaction) => {
    const [message] = await tx
      .select({ id: outbox.id, to: outbox.toAddress, status: outbox.status, attempts: outbox.attempts, lastError: outbox.lastError, memberStateId: outbox.memberStateId, cycleId: outbox.cycleId })
      .from(outbox)
      .where(eq(outbox.id, input.id))
      .for("update");
    if (!message) throw new AppError("not_found", msg("outboxActions.retryMissing"));
    if (!(await retryMessage(tx, message.id))) throw new AppError("conflict", msg("outboxActions.retryNotSetAside"));
    await recordAuditBy(tx, ctx, {
      action: "outbox.retry",
      entityType: "outbox",
      entityId: String(message.id),
      memberStateId: message.memberStateId,
      cycleId: message.cycleId,
      details: { to: message.to, attempts: message.attempts, ...(message.lastError && { lastError: message.lastError.slice(0, 300) }) },
    });
    return { to: message.to };
  });
}
