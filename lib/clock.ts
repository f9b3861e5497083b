import { cache } from "react";
import type { Settings } from "./settings";
import { requestSettings } from "./settings-request";
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

/** When this server process started: a demo date from the environment runs on from then. */
const PROCESS_STARTED = Date.now();

/**
 * A demo clock runs: the set moment plus the real time elapsed since it was set (the setting's
 * last change, or the start of the server for TRACKER_TODAY), so two saves a minute apart are a
 * minute apart in the history too.
 */
export function runningDemoTime(setAt: Date, since: number, realNow = Date.now()): Date {
  return new Date(setAt.getTime() + Math.max(0, realNow - since));
}

/**
 * The one clock of the app: every rule about lateness, countdowns and milestone states asks it.
 * In production it is the real time. Elsewhere an administrator's setting, then TRACKER_TODAY,
 * can stand the whole app on another date (for demos and tests), e.g. 1 May 2010, from where it runs on.
 */
export const now = cache(async (): Promise<Date> => {
  if (isProduction()) return new Date();
  return demoNow(await requestSettings());
});

/** The demo clock from the settings: the administrator's date, else TRACKER_TODAY, else the real time. */
export function demoNow(settings: Settings, realNow = Date.now()): Date {
  const row = settings.get(DEMO_TODAY_SETTING);
  const set = parseDemoToday(row?.value);
  if (set && row) return runningDemoTime(set, row.updatedAt.getTime(), realNow);
  const fromEnv = parseDemoToday(env().TRACKER_TODAY);
  return fromEnv ? runningDemoTime(fromEnv, PROCESS_STARTED, realNow) : new Date(realNow);
}
