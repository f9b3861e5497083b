ALTER TABLE "users" ADD COLUMN "locale" text;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_locale_official" CHECK ("users"."locale" in ('ar', 'zh', 'en', 'fr', 'ru', 'es'));