import { pgEnum } from "drizzle-orm/pg-core";

/** The five informal UN regional groups (see db/seed/member-states.ts for the exceptions). */
export const regionalGroup = pgEnum("regional_group", [
  "african",
  "asia_pacific",
  "eastern_european",
  "latin_american_caribbean",
  "western_european_others",
]);

export const userRole = pgEnum("user_role", ["delegation", "reviewer", "admin"]);

/** The life of one requested item of one State in one cycle; lib/workflow.ts decides the moves. */
export const submissionStatus = pgEnum("submission_status", [
  "not_started",
  "draft",
  "submitted",
  "under_review",
  "returned",
  "accepted",
  "published",
  "withdrawn",
]);

/** The six official languages of the United Nations (ISO 639-1). */
export const officialLanguage = pgEnum("official_language", ["ar", "zh", "en", "fr", "ru", "es"]);

/** A State chooses whether its reply may be read by the public or only by the Secretariat and Member States. */
export const publicationChoice = pgEnum("publication_choice", ["public", "restricted"]);

export const commentVisibility = pgEnum("comment_visibility", ["internal", "delegation"]);

export const revisionKind = pgEnum("revision_kind", ["draft", "submission", "restore"]);

export const milestoneKind = pgEnum("milestone_kind", [
  "adoption",
  "agenda",
  "note_verbale",
  "reply_deadline",
  "report_issued",
  "expert_group_established",
  "expert_group_session",
  "expert_group_report",
  "session_opening",
  "consideration",
]);

export const outboxStatus = pgEnum("outbox_status", ["pending", "sent", "failed"]);

/** A document of the series: a resolution, a report of the Secretary-General, its addenda and corrigenda, a group's report. */
export const documentKind = pgEnum("document_kind", ["resolution", "sg_report", "addendum", "corrigendum", "expert_group_report"]);
