CREATE TYPE "public"."document_kind" AS ENUM('resolution', 'sg_report', 'addendum', 'corrigendum', 'expert_group_report');--> statement-breakpoint
CREATE TABLE "state_name_changes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "state_name_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"member_state_id" integer NOT NULL,
	"previous_name" text NOT NULL,
	"new_name" text NOT NULL,
	"changed_on" date NOT NULL,
	"source" text NOT NULL,
	"assumption" text,
	CONSTRAINT "state_name_changes_state_day_uq" UNIQUE("member_state_id","changed_on")
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "documents_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"symbol" text NOT NULL,
	"kind" "document_kind" NOT NULL,
	"session" integer NOT NULL,
	"number" text,
	"issued_on" date,
	"cited_on" date,
	"agenda_item" integer,
	"mandated_by_id" integer,
	"parent_id" integer,
	"reports_to_session" integer,
	"resolution_id" integer,
	"source" text,
	"assumption" text,
	CONSTRAINT "documents_symbol_unique" UNIQUE("symbol")
);
--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD COLUMN "mandated_by_id" integer;--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD COLUMN "invitation" text;--> statement-breakpoint
ALTER TABLE "state_name_changes" ADD CONSTRAINT "state_name_changes_member_state_id_member_states_id_fk" FOREIGN KEY ("member_state_id") REFERENCES "public"."member_states"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_mandated_by_id_documents_id_fk" FOREIGN KEY ("mandated_by_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_parent_id_documents_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_resolution_id_resolutions_id_fk" FOREIGN KEY ("resolution_id") REFERENCES "public"."resolutions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "documents_session_idx" ON "documents" USING btree ("session");--> statement-breakpoint
CREATE INDEX "documents_mandated_by_idx" ON "documents" USING btree ("mandated_by_id");--> statement-breakpoint
CREATE INDEX "documents_parent_idx" ON "documents" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "documents_resolution_idx" ON "documents" USING btree ("resolution_id");--> statement-breakpoint
ALTER TABLE "reporting_cycles" ADD CONSTRAINT "reporting_cycles_mandated_by_id_documents_id_fk" FOREIGN KEY ("mandated_by_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reporting_cycles_mandated_by_idx" ON "reporting_cycles" USING btree ("mandated_by_id");