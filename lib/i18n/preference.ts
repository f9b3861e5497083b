import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { ServiceContext } from "@/lib/context";
import type { Locale } from "./locales";

/** Saves the signed-in user's interface language: it follows them to every device they sign in on. */
export async function saveLocalePreference(ctx: ServiceContext, locale: Locale): Promise<void> {
  await ctx.db.update(users).set({ locale, updatedAt: ctx.now }).where(eq(users.id, ctx.actor.id));
}
