import { asc } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { resolutions } from "@/db/schema";

/** Every resolution of the series, oldest first. */
export function listResolutions(db: Executor) {
  return db.select({ id: resolutions.id, symbol: resolutions.symbol, number: resolutions.number }).from(resolutions).orderBy(asc(resolutions.adoptedOn));
}
