import { type AnyPgColumn, date, index, integer, pgTable, text } from "drizzle-orm/pg-core";
import { documentKind } from "./enums";
import { resolutions } from "./resolutions";

/**
 * The series as documents: the resolutions (53/70 of 1998 onwards), the reports of the Secretary-General with their
 * addenda and corrigenda, and the reports of the groups of governmental experts. A document is issued once
 * `issuedOn` has come; before that its symbol is not shown. The sources and assumptions behind each row stay here
 * (and in db/seed/data/series.ts), never on public pages.
 */
export const documents = pgTable(
  "documents",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    /** "A/RES/64/25", "A/64/129/Add.1" */
    symbol: text("symbol").notNull().unique(),
    kind: documentKind("kind").notNull(),
    /** The session the document belongs to (a resolution: the session that adopted it). */
    session: integer("session").notNull(),
    /** A resolution's number, "64/25"; null for reports. */
    number: text("number"),
    /** Adoption (resolution) or issue (report) date; null while not issued or not established. */
    issuedOn: date("issued_on", { mode: "string" }),
    /**
     * When the issue date is not established: a day by which the document is known (the adoption of a resolution
     * that cites it) or estimated to have been issued. It is then listed from that day, without a date of its own.
     */
    citedOn: date("cited_on", { mode: "string" }),
    agendaItem: integer("agenda_item"),
    /** The resolution that asked for this report (reports), or null. */
    mandatedById: integer("mandated_by_id").references((): AnyPgColumn => documents.id),
    /** For an addendum or a corrigendum: the report it belongs to. */
    parentId: integer("parent_id").references((): AnyPgColumn => documents.id),
    /** A resolution: the session to which the Secretary-General reports the views it invites. */
    reportsToSession: integer("reports_to_session"),
    /** The resolution's text when the tracker holds it (62/17, or one added by an administrator). */
    resolutionId: integer("resolution_id").references(() => resolutions.id),
    source: text("source"),
    assumption: text("assumption"),
  },
  (t) => [
    index("documents_session_idx").on(t.session),
    index("documents_mandated_by_idx").on(t.mandatedById),
    index("documents_parent_idx").on(t.parentId),
    index("documents_resolution_idx").on(t.resolutionId),
  ],
);

export type SeriesDocumentRow = typeof documents.$inferSelect;
