ALTER TABLE "revisions" drop column "search_vector";--> statement-breakpoint
ALTER TABLE "revisions" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (case when "revisions"."kind" = 'submission' then to_tsvector(case "revisions"."language" when 'ar' then 'arabic'::regconfig when 'fr' then 'french'::regconfig when 'es' then 'spanish'::regconfig when 'ru' then 'russian'::regconfig when 'zh' then 'simple'::regconfig else 'english'::regconfig end, "revisions"."body") end) STORED;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "locale" text;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_locale_official" CHECK ("users"."locale" in ('ar', 'zh', 'en', 'fr', 'ru', 'es'));--> statement-breakpoint
-- Dropping the generated column dropped its GIN index (drizzle-kit does not re-create it): put it back.
CREATE INDEX "revisions_search_idx" ON "revisions" USING gin ("search_vector") WHERE "revisions"."kind" = 'submission';