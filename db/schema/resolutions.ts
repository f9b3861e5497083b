import { sql } from "drizzle-orm";
import { type AnyPgColumn, check, date, index, integer, pgTable, text, unique, uuid, varchar } from "drizzle-orm/pg-core";
import { expertGroups } from "./expert-groups";
import { createdAt, timestamptz, updatedAt } from "./columns";
import { milestoneKind } from "./enums";
import { memberStates } from "./states";
import { users } from "./users";

/** A session of the General Assembly, e.g. the sixty-fifth (opened 14 September 2010). */
export const gaSessions = pgTable("ga_sessions", {
  number: integer("number").primaryKey(),
  openingDate: date("opening_date", { mode: "string" }).notNull(),
});

/** A resolution of the series (62/17, later 63/37, 64/25, 65/41, ...): data, not code. */
export const resolutions = pgTable(
  "resolutions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    symbol: text("symbol").notNull().unique(),
    number: text("number").notNull(),
    title: text("title").notNull(),
    session: integer("session")
      .notNull()
      .references(() => gaSessions.number),
    agendaItem: integer("agenda_item").notNull(),
    adoptedOn: date("adopted_on", { mode: "string" }).notNull(),
    meeting: text("meeting"),
    committeeReport: text("committee_report"),
    distributedOn: date("distributed_on", { mode: "string" }),
    /** The preamble, paragraph by paragraph, separated by blank lines. */
    preamble: text("preamble").notNull(),
    footnotes: text("footnotes"),
    /** The resolution of the series that this one follows. */
    previousResolutionId: integer("previous_resolution_id").references((): AnyPgColumn => resolutions.id),
  },
  (t) => [
    index("resolutions_session_idx").on(t.session),
    index("resolutions_previous_idx").on(t.previousResolutionId),
  ],
);

export const paragraphs = pgTable(
  "paragraphs",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    resolutionId: integer("resolution_id")
      .notNull()
      .references(() => resolutions.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    /** The operative verb in italics in the original: "Calls upon", "Invites", ... */
    verb: text("verb").notNull(),
    /** The paragraph's text after the verb, exactly as adopted. */
    text: text("text").notNull(),
  },
  (t) => [unique("paragraphs_resolution_number_uq").on(t.resolutionId, t.number)],
);

/** The questions of paragraph 3, (a) to (d), on which States give their views. */
export const requestedItems = pgTable(
  "requested_items",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    resolutionId: integer("resolution_id")
      .notNull()
      .references(() => resolutions.id, { onDelete: "cascade" }),
    paragraphId: integer("paragraph_id")
      .notNull()
      .references(() => paragraphs.id, { onDelete: "cascade" }),
    letter: varchar("letter", { length: 1 }).notNull(),
    text: text("text").notNull(),
    /** A short heading for tables, e.g. "General appreciation". */
    shortTitle: text("short_title").notNull(),
  },
  (t) => [
    unique("requested_items_resolution_letter_uq").on(t.resolutionId, t.letter),
    index("requested_items_paragraph_idx").on(t.paragraphId),
  ],
);

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

/** A dated step of the timeline, linked to the paragraph that mandates it. */
export const milestones = pgTable(
  "milestones",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    resolutionId: integer("resolution_id")
      .notNull()
      .references(() => resolutions.id, { onDelete: "cascade" }),
    paragraphId: integer("paragraph_id").references(() => paragraphs.id),
    cycleId: integer("cycle_id").references(() => reportingCycles.id, { onDelete: "cascade" }),
    expertGroupId: integer("expert_group_id").references((): AnyPgColumn => expertGroups.id, {
      onDelete: "cascade",
    }),
    /** Stable name within the resolution ("adoption", "deadline-65"), so seeding is idempotent. */
    key: text("key").notNull(),
    kind: milestoneKind("kind").notNull(),
    title: text("title").notNull(),
    /** When it is due or happened (New York time for deadlines). */
    dueAt: timestamptz("due_at").notNull(),
    doneOn: date("done_on", { mode: "string" }),
    documentSymbol: text("document_symbol"),
    /** Null when the date is documented; otherwise why it is assumed. */
    assumption: text("assumption"),
    source: text("source"),
  },
  (t) => [
    unique("milestones_resolution_key_uq").on(t.resolutionId, t.key),
    index("milestones_resolution_due_idx").on(t.resolutionId, t.dueAt),
    index("milestones_paragraph_idx").on(t.paragraphId),
    index("milestones_cycle_idx").on(t.cycleId),
    index("milestones_expert_group_idx").on(t.expertGroupId),
    check("milestones_title_not_blank", sql`length(trim(${t.title})) > 0`),
  ],
);

export type Resolution = typeof resolutions.$inferSelect;
export type Paragraph = typeof paragraphs.$inferSelect;
export type RequestedItem = typeof requestedItems.$inferSelect;
export type ReportingCycle = typeof reportingCycles.$inferSelect;
export type DeadlineExtension = typeof deadlineExtensions.$inferSelect;
export type Milestone = typeof milestones.$inferSelect;
