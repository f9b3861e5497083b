import { sql } from "drizzle-orm";
import { date, index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns";
import { documents } from "./documents";
import { resolutions } from "./resolutions";
import { gaSessions } from "./sessions";
import { memberStates } from "./states";
import { users } from "./users";

/**
 * One yearly round of replies: the note verbale asks for views, States reply by the deadline,
 * the Secretary-General's report goes to the target session.
 */
export const reportingCycles = pgTable(
  "reporting_cycles",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    resolutionId: integer("resolution_id")
      .notNull()
      .references(() => resolutions.id),
    /** The resolution whose paragraph inviting views mandates this cycle (64/25 for the sixty-fifth session). */
    mandatedById: integer("mandated_by_id").references(() => documents.id),
    /** The words of that paragraph's invitation, as the cycle asks them. */
    invitation: text("invitation"),
    targetSession: integer("target_session")
      .notNull()
      .references(() => gaSessions.number),
    noteVerbaleSymbol: text("note_verbale_symbol"),
    noteVerbaleDate: date("note_verbale_date", { mode: "string" }).notNull(),
    /** The reply deadline as a moment; shown in New York time (lib/deadlines.ts). */
    deadline: timestamptz("deadline").notNull(),
    /** The report symbol, e.g. A/65/154, known in advance or once issued. */
    reportSymbol: text("report_symbol"),
    reportAgendaItem: integer("report_agenda_item"),
    reportIssuedOn: date("report_issued_on", { mode: "string" }),
    /** Set when the report is issued: items are then closed to edits. */
    closedAt: timestamptz("closed_at"),
    /** Reminder offsets in days relative to the deadline (positive = before). */
    reminderOffsets: integer("reminder_offsets")
      .array()
      .notNull()
      .default(sql`'{14,3,-1}'::integer[]`),
    /** Backward planning: days the report must be issued before the session opens. */
    issuanceLeadDays: integer("issuance_lead_days").notNull().default(42),
    /** Backward planning: days the Secretariat needs to edit and translate into the six languages. */
    processingDays: integer("processing_days").notNull().default(28),
    /** Which of this cycle's dates are assumptions, and why. */
    assumptions: text("assumptions"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("reporting_cycles_resolution_session_uq").on(t.resolutionId, t.targetSession),
    index("reporting_cycles_target_session_idx").on(t.targetSession),
    index("reporting_cycles_deadline_idx").on(t.deadline),
    index("reporting_cycles_mandated_by_idx").on(t.mandatedById),
  ],
);

/** A later deadline for one State in one cycle, granted by the Secretariat. */
export const deadlineExtensions = pgTable(
  "deadline_extensions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    memberStateId: integer("member_state_id")
      .notNull()
      .references(() => memberStates.id),
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => reportingCycles.id, { onDelete: "cascade" }),
    deadline: timestamptz("deadline").notNull(),
    reason: text("reason").notNull(),
    grantedById: uuid("granted_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("deadline_extensions_state_cycle_uq").on(t.memberStateId, t.cycleId),
    index("deadline_extensions_cycle_idx").on(t.cycleId),
    index("deadline_extensions_granted_by_idx").on(t.grantedById),
  ],
);

export type ReportingCycle = typeof reportingCycles.$inferSelect;
export type DeadlineExtension = typeof deadlineExtensions.$inferSelect;
