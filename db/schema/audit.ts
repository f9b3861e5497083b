import { bigint, index, integer, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { submissionStatus } from "./enums";
import { reportingCycles } from "./cycles";
import { memberStates } from "./states";
import { submissions } from "./submissions";
import { users } from "./users";

/**
 * Who did what to which record, and when. Append-only: a trigger (drizzle/0001_audit_append_only.sql)
 * refuses UPDATE and DELETE, so no code path can rewrite history.
 */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: uuid("actor_id").references(() => users.id),
    /** What happened, e.g. "submission.submit", "user.create", "cycle.update": the app writes only the AUDIT_ACTIONS of lib/audit.ts. */
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    submissionId: integer("submission_id").references(() => submissions.id),
    memberStateId: integer("member_state_id").references(() => memberStates.id),
    cycleId: integer("cycle_id").references(() => reportingCycles.id),
    fromStatus: submissionStatus("from_status"),
    toStatus: submissionStatus("to_status"),
    details: jsonb("details").$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_events_created_idx").on(t.createdAt),
    // The log is read newest first, one page at a time (keyset on id), filtered by one of these:
    // (filter, id) serves the filter and the order without sorting the whole log.
    index("audit_events_submission_id_idx").on(t.submissionId, t.id),
    index("audit_events_actor_id_idx").on(t.actorId, t.id),
    index("audit_events_state_id_idx").on(t.memberStateId, t.id),
    index("audit_events_cycle_idx").on(t.cycleId),
    // The action filter is a prefix ("submission." matches every submission event): LIKE 'x%' can use
    // a text_pattern_ops index whatever the database's collation.
    index("audit_events_action_pattern_idx").on(t.action.op("text_pattern_ops"), t.id),
  ],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
export type NewAuditEvent = typeof auditEvents.$inferInsert;
