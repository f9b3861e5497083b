import { eq } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db/client";
import { appSettings } from "@/db/schema";
import { env, isProduction } from "./env";
import { newYorkTime } from "./time";

export const DEMO_TODAY_SETTING = "demo_today";

/**
 * Parses a demo date: "2010-05-01" means noon in New York that day; a full ISO date-time is taken
 * as it is. Returns undefined for anything else.
 */
export function parseDemoToday(value: unknown): Date | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return newYorkTime(`${v}T12:00`);
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * The one clock of the app: every rule about lateness, countdowns and milestone states asks it.
 * In production it is the real time. Elsewhere an administrator's setting, then TRACKER_TODAY,
 * can stand the whole app on another date (for demos and tests), e.g. 1 May 2010.
 */
export const now = cache(async (): Promise<Date> => {
  if (isProduction()) return new Date();
  const [row] = await db().select({ value: appSettings.value }).from(appSettings).where(eq(appSettings.key, DEMO_TODAY_SETTING));
  return parseDemoToday(row?.value) ?? parseDemoToday(env().TRACKER_TODAY) ?? new Date();
});
