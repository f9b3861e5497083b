CREATE TYPE "public"."comment_visibility" AS ENUM('internal', 'delegation');--> statement-breakpoint
CREATE TYPE "public"."milestone_kind" AS ENUM('adoption', 'agenda', 'note_verbale', 'reply_deadline', 'report_issued', 'expert_group_established', 'expert_group_session', 'expert_group_report', 'session_opening', 'consideration');--> statement-breakpoint
CREATE TYPE "public"."official_language" AS ENUM('ar', 'zh', 'en', 'fr', 'ru', 'es');--> statement-breakpoint
CREATE TYPE "public"."outbox_status" AS ENUM('pending', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."publication_choice" AS ENUM('public', 'restricted');--> statement-breakpoint
CREATE TYPE "public"."regional_group" AS ENUM('african', 'asia_pacific', 'eastern_european', 'latin_american_caribbean', 'western_european_others');--> statement-breakpoint
CREATE TYPE "public"."revision_kind" AS ENUM('draft', 'submission', 'restore');--> statement-breakpoint
CREATE TYPE "public"."submission_status" AS ENUM('not_started', 'draft', 'submitted', 'under_review', 'returned', 'accepted', 'published', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('delegation', 'reviewer', 'admin');--> statement-breakpoint
CREATE TABLE "member_states" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "member_states_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"iso3" varchar(3) NOT NULL,
	"name" text NOT NULL,
	"regional_group" "regional_group",
	"electoral_group" "regional_group" NOT NULL,
	"also_listed_in" "regional_group",
	"group_note" text,
	"admitted_on" date NOT NULL,
	CONSTRAINT "member_states_iso3_unique" UNIQUE("iso3"),
	CONSTRAINT "member_states_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "login_attempts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"succeeded" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "password_reset_tokens" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "password_reset_tokens_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "password_reset_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" "user_role" NOT NULL,
	"member_state_id" integer,
	"disabled_at" timestamp with time zone,
	"session_version" integer DEFAULT 1 NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email"),
	CONSTRAINT "users_delegation_has_state" CHECK (("users"."role" = 'delegation') = ("users"."member_state_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "deadline_extensions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deadline_extensions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"member_state_id" integer NOT NULL,
	"cycle_id" integer NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"granted_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deadline_extensions_state_cycle_uq" UNIQUE("member_state_id","cycle_id")
);
--> statement-breakpoint
CREATE TABLE "ga_sessions" (
	"number" integer PRIMARY KEY NOT NULL,
	"opening_date" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "milestones_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"resolution_id" integer NOT NULL,
	"paragraph_id" integer,
	"cycle_id" integer,
	"expert_group_id" integer,
	"key" text NOT NULL,
	"kind" "milestone_kind" NOT NULL,
	"title" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"done_on" date,
	"document_symbol" text,
	"assumption" text,
	"source" text,
	CONSTRAINT "milestones_resolution_key_uq" UNIQUE("resolution_id","key"),
	CONSTRAINT "milestones_title_not_blank" CHECK (length(trim("milestones"."title")) > 0)
);
--> statement-breakpoint
CREATE TABLE "paragraphs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "paragraphs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"resolution_id" integer NOT NULL,
	"number" integer NOT NULL,
	"verb" text NOT NULL,
	"text" text NOT NULL,
	CONSTRAINT "paragraphs_resolution_number_uq" UNIQUE("resolution_id","number")
);
--> statement-breakpoint
CREATE TABLE "reporting_cycles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reporting_cycles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"resolution_id" integer NOT NULL,
	"target_session" integer NOT NULL,
	"note_verbale_symbol" text,
	"note_verbale_date" date NOT NULL,
	"deadline" timestamp with time zone NOT NULL,
	"report_symbol" text,
	"report_agenda_item" integer,
	"report_issued_on" date,
	"closed_at" timestamp with time zone,
	"reminder_offsets" integer[] DEFAULT '{14,3,-1}'::integer[] NOT NULL,
	"issuance_lead_days" integer DEFAULT 42 NOT NULL,
	"processing_days" integer DEFAULT 28 NOT NULL,
	"assumptions" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reporting_cycles_resolution_session_uq" UNIQUE("resolution_id","target_session")
);
--> statement-breakpoint
CREATE TABLE "requested_items" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "requested_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"resolution_id" integer NOT NULL,
	"paragraph_id" integer NOT NULL,
	"letter" varchar(1) NOT NULL,
	"text" text NOT NULL,
	"short_title" text NOT NULL,
	CONSTRAINT "requested_items_resolution_letter_uq" UNIQUE("resolution_id","letter")
);
--> statement-breakpoint
CREATE TABLE "resolutions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "resolutions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"symbol" text NOT NULL,
	"number" text NOT NULL,
	"title" text NOT NULL,
	"session" integer NOT NULL,
	"agenda_item" integer NOT NULL,
	"adopted_on" date NOT NULL,
	"meeting" text,
	"committee_report" text,
	"distributed_on" date,
	"preamble" text NOT NULL,
	"footnotes" text,
	"previous_resolution_id" integer,
	CONSTRAINT "resolutions_symbol_unique" UNIQUE("symbol")
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "attachments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"submission_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"data" "bytea" NOT NULL,
	"uploaded_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attachments_max_10mb" CHECK ("attachments"."size_bytes" <= 10485760)
);
--> statement-breakpoint
CREATE TABLE "review_comments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "review_comments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"submission_id" integer NOT NULL,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"visibility" "comment_visibility" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reviewer_assignments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reviewer_assignments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"cycle_id" integer NOT NULL,
	"member_state_id" integer NOT NULL,
	"reviewer_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reviewer_assignments_cycle_state_uq" UNIQUE("cycle_id","member_state_id")
);
--> statement-breakpoint
CREATE TABLE "revisions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "revisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"submission_id" integer NOT NULL,
	"version" integer NOT NULL,
	"kind" "revision_kind" NOT NULL,
	"body" text NOT NULL,
	"language" "official_language" NOT NULL,
	"is_nil_reply" boolean NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "revisions_submission_version_uq" UNIQUE("submission_id","version")
);
--> statement-breakpoint
CREATE TABLE "submissions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "submissions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"member_state_id" integer NOT NULL,
	"cycle_id" integer NOT NULL,
	"item_id" integer NOT NULL,
	"status" "submission_status" DEFAULT 'not_started' NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"language" "official_language" DEFAULT 'en' NOT NULL,
	"is_nil_reply" boolean DEFAULT false NOT NULL,
	"publication" "publication_choice" DEFAULT 'public' NOT NULL,
	"reviewer_id" uuid,
	"submitted_revision_id" integer,
	"first_submitted_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"is_late" boolean DEFAULT false NOT NULL,
	"last_saved_at" timestamp with time zone,
	"last_saved_by_id" uuid,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "submissions_state_cycle_item_uq" UNIQUE("member_state_id","cycle_id","item_id"),
	CONSTRAINT "submissions_version_non_negative" CHECK ("submissions"."version" >= 0)
);
--> statement-breakpoint
CREATE TABLE "expert_group_members" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "expert_group_members_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"expert_group_id" integer NOT NULL,
	"member_state_id" integer NOT NULL,
	"expert_name" text,
	"is_chair" boolean DEFAULT false NOT NULL,
	"assumption" text,
	CONSTRAINT "expert_group_members_group_state_uq" UNIQUE("expert_group_id","member_state_id")
);
--> statement-breakpoint
CREATE TABLE "expert_group_sessions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "expert_group_sessions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"expert_group_id" integer NOT NULL,
	"number" integer NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"venue" text NOT NULL,
	"assumption" text,
	CONSTRAINT "expert_group_sessions_group_number_uq" UNIQUE("expert_group_id","number")
);
--> statement-breakpoint
CREATE TABLE "expert_groups" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "expert_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"resolution_id" integer NOT NULL,
	"name" text NOT NULL,
	"established_year" integer NOT NULL,
	"report_due_session" integer NOT NULL,
	"seats" integer NOT NULL,
	"report_symbol" text,
	"report_date" date,
	"report_agenda_item" integer,
	"sources" text
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"submission_id" integer,
	"member_state_id" integer,
	"cycle_id" integer,
	"from_status" "submission_status",
	"to_status" "submission_status",
	"details" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_tokens" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "calendar_tokens_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"member_state_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"created_by_id" uuid NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_tokens_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "outbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"cycle_id" integer NOT NULL,
	"member_state_id" integer NOT NULL,
	"recipient_id" uuid NOT NULL,
	"offset_days" integer,
	"to_address" text NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"status" "outbox_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_reminder_once_uq" UNIQUE("cycle_id","recipient_id","offset_days")
);
--> statement-breakpoint
CREATE TABLE "report_entries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "report_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"report_id" integer NOT NULL,
	"submission_id" integer NOT NULL,
	"revision_id" integer NOT NULL,
	CONSTRAINT "report_entries_report_submission_uq" UNIQUE("report_id","submission_id")
);
--> statement-breakpoint
CREATE TABLE "reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"cycle_id" integer NOT NULL,
	"addendum" integer DEFAULT 0 NOT NULL,
	"symbol" text NOT NULL,
	"issued_on" date NOT NULL,
	"issued_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reports_symbol_unique" UNIQUE("symbol"),
	CONSTRAINT "reports_cycle_addendum_uq" UNIQUE("cycle_id","addendum")
);
--> statement-breakpoint
CREATE TABLE "app_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "password_reset_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_member_state_id_member_states_id_fk" FOREIGN KEY ("member_state_id") REFERENCES "public"."member_states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_extensions" ADD CONSTRAINT "deadline_extensions_member_state_id_member_states_id_fk" FOREIGN KEY ("member_state_id") REFERENCES "public"."member_states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_extensions" ADD CONSTRAINT "deadline_extensions_cycle_id_reporting_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."reporting_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deadline_extensions" ADD CONSTRAINT "deadline_extensions_granted_by_id_users_id_fk" FOREIGN KEY ("granted_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_resolution_id_resolutions_id_fk" FOREIGN KEY ("resolution_id") REFERENCES "public"."resolutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_paragraph_id_paragraphs_id_fk" FOREIGN KEY ("paragraph_id") REFERENCES "public"."paragraphs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_cycle_id_reporting_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."reporting_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_expert_group_id_expert_groups_id_fk" FOREIGN KEY ("expert_group_id") REFERENCES "public"."expert_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paragraphs" ADD CONSTRAINT "paragraphs_resolution_id_resolutions_id_fk" FOREIGN KEY ("resolution_id") REFERENCES "public"."resolutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD CONSTRAINT "reporting_cycles_resolution_id_resolutions_id_fk" FOREIGN KEY ("resolution_id") REFERENCES "public"."resolutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD CONSTRAINT "reporting_cycles_target_session_ga_sessions_number_fk" FOREIGN KEY ("target_session") REFERENCES "public"."ga_sessions"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requested_items" ADD CONSTRAINT "requested_items_resolution_id_resolutions_id_fk" FOREIGN KEY ("resolution_id") REFERENCES "public"."resolutions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requested_items" ADD CONSTRAINT "requested_items_paragraph_id_paragraphs_id_fk" FOREIGN KEY ("paragraph_id") REFERENCES "public"."paragraphs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolutions" ADD CONSTRAINT "resolutions_session_ga_sessions_number_fk" FOREIGN KEY ("session") REFERENCES "public"."ga_sessions"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resolutions" ADD CONSTRAINT "resolutions_previous_resolution_id_resolutions_id_fk" FOREIGN KEY ("previous_resolution_id") REFERENCES "public"."resolutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviewer_assignments" ADD CONSTRAINT "reviewer_assignments_cycle_id_reporting_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."reporting_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviewer_assignments" ADD CONSTRAINT "reviewer_assignments_member_state_id_member_states_id_fk" FOREIGN KEY ("member_state_id") REFERENCES "public"."member_states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reviewer_assignments" ADD CONSTRAINT "reviewer_assignments_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revisions" ADD CONSTRAINT "revisions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_member_state_id_member_states_id_fk" FOREIGN KEY ("member_state_id") REFERENCES "public"."member_states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_cycle_id_reporting_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."reporting_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_item_id_requested_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."requested_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_submitted_revision_id_revisions_id_fk" FOREIGN KEY ("submitted_revision_id") REFERENCES "public"."revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_last_saved_by_id_users_id_fk" FOREIGN KEY ("last_saved_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_group_members" ADD CONSTRAINT "expert_group_members_expert_group_id_expert_groups_id_fk" FOREIGN KEY ("expert_group_id") REFERENCES "public"."expert_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_group_members" ADD CONSTRAINT "expert_group_members_member_state_id_member_states_id_fk" FOREIGN KEY ("member_state_id") REFERENCES "public"."member_states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_group_sessions" ADD CONSTRAINT "expert_group_sessions_expert_group_id_expert_groups_id_fk" FOREIGN KEY ("expert_group_id") REFERENCES "public"."expert_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_groups" ADD CONSTRAINT "expert_groups_resolution_id_resolutions_id_fk" FOREIGN KEY ("resolution_id") REFERENCES "public"."resolutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expert_groups" ADD CONSTRAINT "expert_groups_report_due_session_ga_sessions_number_fk" FOREIGN KEY ("report_due_session") REFERENCES "public"."ga_sessions"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_member_state_id_member_states_id_fk" FOREIGN KEY ("member_state_id") REFERENCES "public"."member_states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_cycle_id_reporting_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."reporting_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_tokens" ADD CONSTRAINT "calendar_tokens_member_state_id_member_states_id_fk" FOREIGN KEY ("member_state_id") REFERENCES "public"."member_states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_tokens" ADD CONSTRAINT "calendar_tokens_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_cycle_id_reporting_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."reporting_cycles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_member_state_id_member_states_id_fk" FOREIGN KEY ("member_state_id") REFERENCES "public"."member_states"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_entries" ADD CONSTRAINT "report_entries_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_entries" ADD CONSTRAINT "report_entries_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "report_entries" ADD CONSTRAINT "report_entries_revision_id_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_cycle_id_reporting_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."reporting_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reports" ADD CONSTRAINT "reports_issued_by_id_users_id_fk" FOREIGN KEY ("issued_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_states_electoral_group_idx" ON "member_states" USING btree ("electoral_group");--> statement-breakpoint
CREATE INDEX "login_attempts_key_time_idx" ON "login_attempts" USING btree ("key","created_at");--> statement-breakpoint
CREATE INDEX "password_reset_tokens_user_idx" ON "password_reset_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "users_member_state_idx" ON "users" USING btree ("member_state_id");--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("role");--> statement-breakpoint
CREATE INDEX "deadline_extensions_cycle_idx" ON "deadline_extensions" USING btree ("cycle_id");--> statement-breakpoint
CREATE INDEX "deadline_extensions_granted_by_idx" ON "deadline_extensions" USING btree ("granted_by_id");--> statement-breakpoint
CREATE INDEX "milestones_resolution_due_idx" ON "milestones" USING btree ("resolution_id","due_at");--> statement-breakpoint
CREATE INDEX "milestones_paragraph_idx" ON "milestones" USING btree ("paragraph_id");--> statement-breakpoint
CREATE INDEX "milestones_cycle_idx" ON "milestones" USING btree ("cycle_id");--> statement-breakpoint
CREATE INDEX "milestones_expert_group_idx" ON "milestones" USING btree ("expert_group_id");--> statement-breakpoint
CREATE INDEX "reporting_cycles_target_session_idx" ON "reporting_cycles" USING btree ("target_session");--> statement-breakpoint
CREATE INDEX "reporting_cycles_deadline_idx" ON "reporting_cycles" USING btree ("deadline");--> statement-breakpoint
CREATE INDEX "requested_items_paragraph_idx" ON "requested_items" USING btree ("paragraph_id");--> statement-breakpoint
CREATE INDEX "resolutions_session_idx" ON "resolutions" USING btree ("session");--> statement-breakpoint
CREATE INDEX "resolutions_previous_idx" ON "resolutions" USING btree ("previous_resolution_id");--> statement-breakpoint
CREATE INDEX "attachments_submission_idx" ON "attachments" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "attachments_uploaded_by_idx" ON "attachments" USING btree ("uploaded_by_id");--> statement-breakpoint
CREATE INDEX "review_comments_submission_idx" ON "review_comments" USING btree ("submission_id","visibility");--> statement-breakpoint
CREATE INDEX "review_comments_author_idx" ON "review_comments" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "reviewer_assignments_state_idx" ON "reviewer_assignments" USING btree ("member_state_id");--> statement-breakpoint
CREATE INDEX "reviewer_assignments_reviewer_idx" ON "reviewer_assignments" USING btree ("reviewer_id");--> statement-breakpoint
CREATE INDEX "revisions_author_idx" ON "revisions" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "submissions_cycle_status_idx" ON "submissions" USING btree ("cycle_id","status");--> statement-breakpoint
CREATE INDEX "submissions_item_idx" ON "submissions" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "submissions_reviewer_idx" ON "submissions" USING btree ("reviewer_id");--> statement-breakpoint
CREATE INDEX "submissions_last_saved_by_idx" ON "submissions" USING btree ("last_saved_by_id");--> statement-breakpoint
CREATE INDEX "submissions_submitted_revision_idx" ON "submissions" USING btree ("submitted_revision_id");--> statement-breakpoint
CREATE INDEX "expert_group_members_state_idx" ON "expert_group_members" USING btree ("member_state_id");--> statement-breakpoint
CREATE INDEX "expert_groups_resolution_idx" ON "expert_groups" USING btree ("resolution_id");--> statement-breakpoint
CREATE INDEX "expert_groups_report_session_idx" ON "expert_groups" USING btree ("report_due_session");--> statement-breakpoint
CREATE INDEX "audit_events_created_idx" ON "audit_events" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "audit_events_submission_idx" ON "audit_events" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_idx" ON "audit_events" USING btree ("actor_id");--> statement-breakpoint
CREATE INDEX "audit_events_state_idx" ON "audit_events" USING btree ("member_state_id");--> statement-breakpoint
CREATE INDEX "audit_events_cycle_idx" ON "audit_events" USING btree ("cycle_id");--> statement-breakpoint
CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action");--> statement-breakpoint
CREATE INDEX "calendar_tokens_state_idx" ON "calendar_tokens" USING btree ("member_state_id");--> statement-breakpoint
CREATE INDEX "calendar_tokens_created_by_idx" ON "calendar_tokens" USING btree ("created_by_id");--> statement-breakpoint
CREATE INDEX "outbox_status_idx" ON "outbox" USING btree ("status");--> statement-breakpoint
CREATE INDEX "outbox_state_idx" ON "outbox" USING btree ("member_state_id");--> statement-breakpoint
CREATE INDEX "outbox_recipient_idx" ON "outbox" USING btree ("recipient_id");--> statement-breakpoint
CREATE INDEX "report_entries_submission_idx" ON "report_entries" USING btree ("submission_id");--> statement-breakpoint
CREATE INDEX "report_entries_revision_idx" ON "report_entries" USING btree ("revision_id");--> statement-breakpoint
CREATE INDEX "reports_issued_by_idx" ON "reports" USING btree ("issued_by_id");