import { type AnyPgColumn, date, index, integer, pgTable, text, unique, varchar } from "drizzle-orm/pg-core";
import { gaSessions } from "./sessions";

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

export type Resolution = typeof resolutions.$inferSelect;
export type Paragraph = typeof paragraphs.$inferSelect;
export type RequestedItem = typeof requestedItems.$inferSelect;
