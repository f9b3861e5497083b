import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberStates } from "@/db/schema";

/** A Member State by its ISO 3166-1 alpha-3 code (any case), or null for an unknown or malformed code. */
export async function findStateByIso3(db: Executor, iso3: string) {
  const code = iso3.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return null;
  const [state] = await db.select().from(memberStates).where(eq(memberStates.iso3, code));
  return state ?? null;
}
