import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberStates } from "@/db/schema";
import type { Day } from "@/lib/membership/as-of";
import { stateNameOn } from "@/lib/membership/sql";

/** A Member State by its ISO 3166-1 alpha-3 code (any case), or null for an unknown or malformed code. */
export async function findStateByIso3(db: Executor, iso3: string) {
  const code = iso3.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return null;
  const [state] = await db.select().from(memberStates).where(eq(memberStates.iso3, code));
  return state ?? null;
}

/** The same, with the State's English name as it was on `day` (Turkey in 2010, Türkiye in 2023), in one statement. */
export async function findStateOnDay(db: Executor, iso3: string, day: Day) {
  const code = iso3.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return null;
  const [row] = await db.select({ state: memberStates, nameOnDay: stateNameOn(day) }).from(memberStates).where(eq(memberStates.iso3, code));
  return row ? { ...row.state, nameOnDay: row.nameOnDay } : null;
}
