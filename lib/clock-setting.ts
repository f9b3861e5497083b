import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { appSettings } from "@/db/schema";
import { recordAudit } from "./audit";
import { DEMO_TODAY_SETTING } from "./clock";
import { env, isProduction } from "./env";
import { AppError } from "./errors";
import { msg } from "@/lib/i18n/message-key";
import { withTransaction, type ServiceContext } from "./context";

/** Where the app's today comes from, for the administrator's clock page. */
export async function getClockSetting(db: Executor): Promise<{ setting: string | null; envToday: string | null; production: boolean }> {
  const [row] = await db.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, DEMO_TODAY_SETTING));
  return {
    setting: typeof row?.value === "string" ? row.value : null,
    envToday: env().TRACKER_TODAY ?? null,
    production: isProduction(),
  };
}

/**
 * Stands the whole app on another date (lib/clock.ts reads the setting on every request), or with "" goes
 * back to TRACKER_TODAY or the real date. Administrators only, never in production. The audit event carries
 * the real time of the change, not the demo date.
 */
export async function setDemoDate(ctx: ServiceContext, input: { date: string }, production = isProduction()): Promise<{ date: string | null }> {
  if (production) throw new AppError("forbidden", msg("serverErrors.admin.clockProduction"));
  const date = input.date === "" ? null : input.date;
  return withTransaction(ctx, async (tx) => {
    const [before] = await tx.select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, DEMO_TODAY_SETTING)).for("update");
    if (date === null) {
      await tx.delete(appSettings).where(eq(appSettings.key, DEMO_TODAY_SETTING));
    } else {
      await tx
        .insert(appSettings)
        .values({ key: DEMO_TODAY_SETTING, value: date })
        .onConflictDoUpdate({ target: appSettings.key, set: { value: date, updatedAt: new Date() } });
    }
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "clock.set",
      entityType: "app_setting",
      entityId: DEMO_TODAY_SETTING,
      details: { from: before?.value ?? null, to: date, demoNowBefore: ctx.now.toISOString() },
    });
    return { date };
  });
}
