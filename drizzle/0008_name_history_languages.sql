ALTER TABLE "state_name_changes" ADD COLUMN "previous_names" jsonb;--> statement-breakpoint
ALTER TABLE "state_name_changes" ADD COLUMN "previous_names_assumption" text;--> statement-breakpoint
ALTER TABLE "expert_group_sessions" ADD COLUMN "days_assumed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "expert_group_sessions" ADD COLUMN "month_assumed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "expert_group_sessions" ADD COLUMN "venue_assumed" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Sessions already recorded: their assumption notes say which facts are guesses.
UPDATE "expert_group_sessions" SET "days_assumed" = true WHERE "assumption" IS NOT NULL;--> statement-breakpoint
UPDATE "expert_group_sessions" SET "venue_assumed" = true WHERE "assumption" ILIKE '%venue%guesses%';--> statement-breakpoint
UPDATE "expert_group_sessions" SET "month_assumed" = true WHERE "assumption" ILIKE '%month (%), days and venue are guesses%';
