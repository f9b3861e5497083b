import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { reportingCycles, resolutions } from "@/db/schema";
import { AppError } from "@/lib/errors";

/** The resolution the tracker follows; the others of the series are shown on the timeline. */
export const PRIMARY_RESOLUTION = "A/RES/62/17";

/** A resolution with its operative paragraphs (by number) and requested items (by letter). */
export async function getResolutionWithText(db: Executor, symbol = PRIMARY_RESOLUTION) {
  const row = await db.query.resolutions.findFirst({
    where: eq(resolutions.symbol, symbol),
    with: {
      paragraphs: { orderBy: (p, { asc }) => asc(p.number) },
      requestedItems: { orderBy: (i, { asc }) => asc(i.letter) },
    },
  });
  if (!row) return null;
  const { paragraphs, requestedItems: items, ...resolution } = row;
  return { resolution, paragraphs, items };
}

/** The id of a resolution by its symbol, or null. */
export async function findResolution(db: Executor, symbol = PRIMARY_RESOLUTION) {
  const [row] = await db.select({ id: resolutions.id }).from(resolutions).where(eq(resolutions.symbol, symbol));
  return row ?? null;
}

/** Every resolution of the series, oldest first. */
export function listResolutions(db: Executor) {
  return db.select({ id: resolutions.id, symbol: resolutions.symbol, number: resolutions.number }).from(resolutions).orderBy(asc(resolutions.adoptedOn));
}

/** The reporting cycles of one resolution, or of every resolution when none is given, by target session. */
export function listCycles(db: Executor, resolutionId?: number) {
  return db
    .select()
    .from(reportingCycles)
    .where(resolutionId === undefined ? undefined : eq(reportingCycles.resolutionId, resolutionId))
    .orderBy(asc(reportingCycles.targetSession));
}

/** The reporting cycle whose report goes to a session of the General Assembly, or null. */
export async function findCycleBySession(db: Executor, session: number) {
  if (!Number.isInteger(session)) return null;
  const [cycle] = await db.select().from(reportingCycles).where(eq(reportingCycles.targetSession, session));
  return cycle ?? null;
}

/** The same cycle, or not_found (for route handlers, whose errors become HTTP answers). */
export async function getCycleBySession(db: Executor, session: number) {
  const cycle = await findCycleBySession(db, session);
  if (!cycle) throw new AppError("not_found", "No such reporting cycle.");
  return cycle;
}
