import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { calendarTokens } from "@/db/schema";

/** The State's current link, if any (when it was made), for its delegation's page. */
export async function getActiveToken(db: Executor, memberStateId: number) {
  const [row] = await db
    .select({ id: calendarTokens.id, createdAt: calendarTokens.createdAt })
    .from(calendarTokens)
    .where(and(eq(calendarTokens.memberStateId, memberStateId), isNull(calendarTokens.revokedAt)))
    .orderBy(desc(calendarTokens.createdAt))
    .limit(1);
  return row ?? null;
}
