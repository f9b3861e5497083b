import { eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberStates } from "@/db/schema";

export async function findStateByIso3(db: Executor, iso3: string) {
  const code = iso3.toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) return null;
  const [state] = await db.select().from(memberStates).where(eq(memberStates.iso3, code));
  return state ?? null;
}

