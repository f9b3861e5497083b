import { boolean, date, index, integer, pgTable, text, unique } from "drizzle-orm/pg-core";
import { resolutions } from "./resolutions";
import { gaSessions } from "./sessions";
import { memberStates } from "./states";

/** The group of governmental experts of paragraph 4 (established 2009, reporting to the 65th session). */
export const expertGroups = pgTable(
  "expert_groups",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    resolutionId: integer("resolution_id")
      .notNull()
      .references(() => resolutions.id),
    name: text("name").notNull(),
    establishedYear: integer("established_year").notNull(),
    reportDueSession: integer("report_due_session")
      .notNull()
      .references(() => gaSessions.number),
    /** Number of seats; geographical balance is judged against it. */
    seats: integer("seats").notNull(),
    reportSymbol: text("report_symbol"),
    reportDate: date("report_date", { mode: "string" }),
    reportAgendaItem: integer("report_agenda_item"),
    sources: text("sources"),
  },
  (t) => [
    index("expert_groups_resolution_idx").on(t.resolutionId),
    index("expert_groups_report_session_idx").on(t.reportDueSession),
  ],
);

export const expertGroupMembers = pgTable(
  "expert_group_members",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    expertGroupId: integer("expert_group_id")
      .notNull()
      .references(() => expertGroups.id, { onDelete: "cascade" }),
    memberStateId: integer("member_state_id")
      .notNull()
      .references(() => memberStates.id),
    expertName: text("expert_name"),
    isChair: boolean("is_chair").notNull().default(false),
    assumption: text("assumption"),
  },
  (t) => [
    unique("expert_group_members_group_state_uq").on(t.expertGroupId, t.memberStateId),
    index("expert_group_members_state_idx").on(t.memberStateId),
  ],
);

export const expertGroupSessions = pgTable(
  "expert_group_sessions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    expertGroupId: integer("expert_group_id")
      .notNull()
      .references(() => expertGroups.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }).notNull(),
    venue: text("venue").notNull(),
    /** Why any of the dates or the venue is assumed; never shown on a page. */
    assumption: text("assumption"),
    /** The days are a guess (only the month is known): pages show the month. */
    daysAssumed: boolean("days_assumed").notNull().default(false),
    /** The month is a guess too: pages show no date. */
    monthAssumed: boolean("month_assumed").notNull().default(false),
    /** The venue is a guess: pages do not show it. */
    venueAssumed: boolean("venue_assumed").notNull().default(false),
  },
  (t) => [unique("expert_group_sessions_group_number_uq").on(t.expertGroupId, t.number)],
);

export type ExpertGroup = typeof expertGroups.$inferSelect;
export type ExpertGroupMember = typeof expertGroupMembers.$inferSelect;
export type ExpertGroupSession = typeof expertGroupSessions.$inferSelect;
