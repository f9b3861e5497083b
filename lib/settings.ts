import type { Executor } from "@/db/client";
import { appSettings } from "@/db/schema";

/** Every row of app_settings (a handful: the session limits, the delegations' second factor, the demo date). */
export type Settings = ReadonlyMap<string, { value: unknown; updatedAt: Date }>;

/**
 * Reads all settings in one statement. A request that needs several of them (the session check needs
 * the limits and the second-factor policy, the clock the demo date) reads them once, through
 * `requestSettings` (lib/settings-request.ts).
 */
export async function readSettings(db: Executor): Promise<Settings> {
  const rows = await db.select({ key: appSettings.key, value: appSettings.value, updatedAt: appSettings.updatedAt }).from(appSettings);
  return new Map(rows.map((r) => [r.key, { value: r.value, updatedAt: r.updatedAt }]));
}
