import { date, index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { publicationChoice } from "./enums";
import { reportingCycles } from "./cycles";
import { revisions, submissions } from "./submissions";
import { users } from "./users";

/** A report of the Secretary-General for one cycle (addendum 0) or one of its addenda (1, 2, ...). */
export const reports = pgTable(
  "reports",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => reportingCycles.id),
    addendum: integer("addendum").notNull().default(0),
    symbol: text("symbol").notNull().unique(),
    issuedOn: date("issued_on", { mode: "string" }).notNull(),
    issuedById: uuid("issued_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    unique("reports_cycle_addendum_uq").on(t.cycleId, t.addendum),
    index("reports_issued_by_idx").on(t.issuedById),
  ],
);

/** Exactly which revision of which reply a report reproduces. */
export const reportEntries = pgTable(
  "report_entries",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    reportId: integer("report_id")
      .notNull()
      .references(() => reports.id, { onDelete: "cascade" }),
    submissionId: integer("submission_id")
      .notNull()
      .references(() => submissions.id),
    revisionId: integer("revision_id")
      .notNull()
      .references(() => revisions.id),
    /**
     * The State's choice of publication when the report was issued: public pages read this, never
     * the live submission, so nothing done to a submission afterwards can widen its audience.
     */
    publication: publicationChoice("publication").notNull(),
  },
  (t) => [
    unique("report_entries_report_submission_uq").on(t.reportId, t.submissionId),
    index("report_entries_submission_idx").on(t.submissionId),
    index("report_entries_revision_idx").on(t.revisionId),
  ],
);
