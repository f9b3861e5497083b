DROP INDEX "audit_events_submission_idx";--> statement-breakpoint
DROP INDEX "audit_events_actor_idx";--> statement-breakpoint
DROP INDEX "audit_events_state_idx";--> statement-breakpoint
DROP INDEX "audit_events_action_idx";--> statement-breakpoint
CREATE INDEX "audit_events_submission_id_idx" ON "audit_events" USING btree ("submission_id","id");--> statement-breakpoint
CREATE INDEX "audit_events_actor_id_idx" ON "audit_events" USING btree ("actor_id","id");--> statement-breakpoint
CREATE INDEX "audit_events_state_id_idx" ON "audit_events" USING btree ("member_state_id","id");--> statement-breakpoint
CREATE INDEX "audit_events_action_pattern_idx" ON "audit_events" USING btree ("action" text_pattern_ops,"id");