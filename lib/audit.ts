import type { Executor } from "@/db/client";
import { auditEvents, type NewAuditEvent } from "@/db/schema";
import { auditActorId, type ServiceContext } from "@/lib/context";

/**
 * Every event the app writes to the audit log. The column stays text (old rows and other tools may hold
 * other values); what the app writes is checked here, at compile time.
 */
export const AUDIT_ACTIONS = [
  "user.create",
  "user.disable",
  "user.enable",
  "user.reset_link",
  "user.reset_password",
  "user.second_factor_enrol",
  "user.second_factor_reset",
  "user.passkey_add",
  "user.passkey_remove",
  "user.sessions_end",
  "user.focal_point",
  "user.invite",
  "settings.security",
  "cycle.update",
  "cycle.extend_deadline",
  "clock.set",
  "resolution.create",
  "expert_group.add_member",
  "expert_group.remove_member",
  "expert_group.set_chair",
  "expert_group.set_expert",
  "calendar_token.rotate",
  "review.assign",
  "report.issue",
  "outbox.retry",
  "submission.start_draft",
  "submission.submit",
  "submission.amend",
  "submission.withdraw",
  "submission.restore",
  "submission.attach_letter",
  "submission.comment",
  "submission.start_review",
  "submission.return",
  "submission.accept",
  "submission.publish",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = Omit<NewAuditEvent, "id" | "createdAt" | "action"> & { action: AuditAction; createdAt?: Date };

/** Writes one audit event; call it with the transaction that makes the change it records. */
export async function recordAudit(tx: Executor, event: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values(event);
}

/** Writes several audit events in one statement (e.g. every reply a report publishes). */
export async function recordAudits(tx: Executor, events: AuditEntry[]): Promise<void> {
  if (events.length > 0) await tx.insert(auditEvents).values(events);
}

/** Writes one audit event of the context's actor (none for a system job), at the context's time. */
export function recordAuditBy(tx: Executor, ctx: Pick<ServiceContext, "actor" | "now">, event: Omit<AuditEntry, "actorId" | "createdAt">): Promise<void> {
  return recordAudit(tx, { ...event, actorId: auditActorId(ctx.actor), createdAt: ctx.now });
}
