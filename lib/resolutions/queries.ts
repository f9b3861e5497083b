import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { reportingCycles, requestedItems, resolutions } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { immutable } from "@/lib/immutable-cache";

/** The resolution the tracker follows; the others of the series are shown on the timeline. */
export const PRIMARY_RESOLUTION = "A/RES/62/17";

/** A resolution with its operative paragraphs (by number) and requested items (by letter). */
export function getResolutionWithText(db: Executor, symbol = PRIMARY_RESOLUTION) {
  // Never edited once adopted and entered: read once per process.
  return immutable(db, `resolution-text:${symbol}`, () => loadResolutionWithText(db, symbol));
}

async function loadResolutionWithText(db: Executor, symbol: string) {
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
export function findResolution(db: Executor, symbol = PRIMARY_RESOLUTION) {
  return immutable(db, `resolution-id:${symbol}`, async () => {
    const [row] = await db.select({ id: resolutions.id }).from(resolutions).where(eq(resolutions.symbol, symbol));
    return row ?? null;
  });
}

/** A resolution's requested items by letter; never edited, read once per process. */
export function listRequestedItems(db: Executor, resolutionId: number) {
  return immutable(db, `requested-items:${resolutionId}`, () =>
    db.select().from(requestedItems).where(eq(requestedItems.resolutionId, resolutionId)).orderBy(asc(requestedItems.letter)),
  );
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
