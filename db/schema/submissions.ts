import { sql, type SQL } from "drizzle-orm";
import { type AnyPgColumn, boolean, check, customType, index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns";
import { commentVisibility, officialLanguage, publicationChoice, revisionKind, submissionStatus } from "./enums";
import { reportingCycles } from "./cycles";
import { requestedItems } from "./resolutions";
import { memberStates } from "./states";
import { users } from "./users";

const tsvector = customType<{ data: string }>({
  dataType: () => "tsvector",
});

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => "bytea",
});

/** One State's reply on one requested item in one cycle. */
export const submissions = pgTable(
  "submissions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    memberStateId: integer("member_state_id")
      .notNull()
      .references(() => memberStates.id),
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => reportingCycles.id),
    itemId: integer("item_id")
      .notNull()
      .references(() => requestedItems.id),
    status: submissionStatus("status").notNull().default("not_started"),
    /** Optimistic lock: every write checks and increments it in the same statement. */
    version: integer("version").notNull().default(0),
    body: text("body").notNull().default(""),
    language: officialLanguage("language").notNull().default("en"),
    /** "No views on this item at this time." */
    isNilReply: boolean("is_nil_reply").notNull().default(false),
    publication: publicationChoice("publication").notNull().default("public"),
    reviewerId: uuid("reviewer_id").references(() => users.id),
    /** The revision the Secretariat reviews: the last one submitted. */
    submittedRevisionId: integer("submitted_revision_id").references((): AnyPgColumn => revisions.id),
    firstSubmittedAt: timestamptz("first_submitted_at"),
    submittedAt: timestamptz("submitted_at"),
    isLate: boolean("is_late").notNull().default(false),
    lastSavedAt: timestamptz("last_saved_at"),
    lastSavedById: uuid("last_saved_by_id").references(() => users.id),
    publishedAt: timestamptz("published_at"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("submissions_state_cycle_item_uq").on(t.memberStateId, t.cycleId, t.itemId),
    // The coverage matrix reads a whole cycle, often filtered by status.
    index("submissions_cycle_status_idx").on(t.cycleId, t.status),
    index("submissions_item_idx").on(t.itemId),
    index("submissions_reviewer_idx").on(t.reviewerId),
    index("submissions_last_saved_by_idx").on(t.lastSavedById),
    index("submissions_submitted_revision_idx").on(t.submittedRevisionId),
    check("submissions_version_non_negative", sql`${t.version} >= 0`),
  ],
);

/** Every saved version of a submission's text; never updated. */
export const revisions = pgTable(
  "revisions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    submissionId: integer("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    kind: revisionKind("kind").notNull(),
    body: text("body").notNull(),
    language: officialLanguage("language").notNull(),
    isNilReply: boolean("is_nil_reply").notNull(),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    /**
     * The text as a PostgreSQL full-text document in its own language's configuration (arabic, english,
     * french, russian, spanish; simple for Chinese, which PostgreSQL does not segment), computed once when
     * a submitted revision is written (a draft's is null, so autosaving costs nothing). Search and ranking read it.
     */
    searchVector: tsvector("search_vector").generatedAlwaysAs(
      (): SQL =>
        sql`case when ${revisions.kind} = 'submission' then to_tsvector(case ${revisions.language} when 'ar' then 'arabic'::regconfig when 'fr' then 'french'::regconfig when 'es' then 'spanish'::regconfig when 'ru' then 'russian'::regconfig when 'zh' then 'simple'::regconfig else 'english'::regconfig end, ${revisions.body}) end`,
    ),
  },
  (t) => [
    unique("revisions_submission_version_uq").on(t.submissionId, t.version),
    index("revisions_author_idx").on(t.authorId),
    // Full-text search over published replies (lib/published/queries.ts). Only submitted revisions
    // can be issued in a report, so drafts (the bulk of autosaved rows) are left out of the index.
    index("revisions_search_idx").using("gin", t.searchVector).where(sql`${t.kind} = 'submission'`),
  ],
);

/** The signed covering note verbale (PDF), kept with the submission. */
export const attachments = pgTable(
  "attachments",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    submissionId: integer("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    data: bytea("data").notNull(),
    uploadedById: uuid("uploaded_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index("attachments_submission_idx").on(t.submissionId),
    index("attachments_uploaded_by_idx").on(t.uploadedById),
    check("attachments_max_10mb", sql`${t.sizeBytes} <= 10485760`),
  ],
);

export const reviewComments = pgTable(
  "review_comments",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    submissionId: integer("submission_id")
      .notNull()
      .references(() => submissions.id, { onDelete: "cascade" }),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id),
    body: text("body").notNull(),
    /** "internal" comments are never shown to a delegation. */
    visibility: commentVisibility("visibility").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("review_comments_submission_idx").on(t.submissionId, t.visibility),
    index("review_comments_author_idx").on(t.authorId),
  ],
);

/** A reviewer responsible for all items of one State in one cycle (single items: submissions.reviewer_id). */
export const reviewerAssignments = pgTable(
  "reviewer_assignments",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => reportingCycles.id, { onDelete: "cascade" }),
    memberStateId: integer("member_state_id")
      .notNull()
      .references(() => memberStates.id),
    reviewerId: uuid("reviewer_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    unique("reviewer_assignments_cycle_state_uq").on(t.cycleId, t.memberStateId),
    index("reviewer_assignments_state_idx").on(t.memberStateId),
    index("reviewer_assignments_reviewer_idx").on(t.reviewerId),
  ],
);

export type Submission = typeof submissions.$inferSelect;
export type SubmissionStatus = Submission["status"];
export type OfficialLanguage = Submission["language"];
export type Revision = typeof revisions.$inferSelect;
export type ReviewComment = typeof reviewComments.$inferSelect;
