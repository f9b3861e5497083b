import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { paragraphs, reportingCycles, requestedItems, resolutions } from "@/db/schema";

export const PRIMARY_RESOLUTION = "A/RES/62/17";

export async function getResolutionWithText(db: Executor, symbol = PRIMARY_RESOLUTION) {
  const [resolution] = await db.select().from(resolutions).where(eq(resolutions.symbol, symbol));
  if (!resolution) return null;
  const [paras, items] = await Promise.all([
    db.select().from(paragraphs).where(eq(paragraphs.resolutionId, resolution.id)).orderBy(asc(paragraphs.number)),
    db.select().from(requestedItems).where(eq(requestedItems.resolutionId, resolution.id)).orderBy(asc(requestedItems.letter)),
  ]);
  return { resolution, paragraphs: paras, items };
}

export function listCycles(db: Executor, resolutionId: number) {
  return db.select().from(reportingCycles).where(eq(reportingCycles.resolutionId, resolutionId)).orderBy(asc(reportingCycles.targetSession));
}
