import type { Executor } from "@/db/client";
import { auditEvents, type NewAuditEvent } from "@/db/schema";

/** Writes one audit event; call it with the transaction that makes the change it records. */
export async function recordAudit(tx: Executor, event: Omit<NewAuditEvent, "id" | "createdAt"> & { createdAt?: Date }): Promise<void> {
  await tx.insert(auditEvents).values(event);
}
