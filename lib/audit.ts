import type { Executor } from "@/db/client";
import { auditEvents, type NewAuditEvent } from "@/db/schema";

/** Writes one audit event; call it with the transaction that makes the change it records. */
export async function recordAudit(tx: Executor, event: Omit<NewAuditEvent, "id" | "createdAt"> & { createdAt?: Date }): Promise<void> {
  await tx.insert(auditEvents).values(event);
}

/** Writes several audit events in one statement (e.g. every reply a report publishes). */
export async function recordAudits(tx: Executor, events: (Omit<NewAuditEvent, "id" | "createdAt"> & { createdAt?: Date })[]): Promise<void> {
  if (events.length > 0) await tx.insert(auditEvents).values(events);
}
