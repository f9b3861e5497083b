import { sql } from "drizzle-orm";
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

/** Every setting as one JSON column, for a statement that reads the settings along with something else. */
export const allSettingsSql = sql<SettingRow[]>`(select coalesce(json_agg(json_build_object('key', s.key, 'value', s.value, 'updatedAt', s.updated_at)), '[]'::json) from ${appSettings} s)`;

type SettingRow = { key: string; value: unknown; updatedAt: string };

/** The settings from `allSettingsSql`'s column. */
export function settingsFromSql(rows: SettingRow[]): Settings {
  return new Map(rows.map((r) => [r.key, { value: r.value, updatedAt: new Date(r.updatedAt) }]));
}
