import "server-only";
import { asc, eq, sql, type Column, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { documents, reportingCycles, requestedItems, resolutions, type ReportingCycle } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { immutable } from "@/lib/immutable-cache";
import { msg } from "@/lib/i18n/message-key";

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
  if (!cycle) throw new AppError("not_found", msg("serverErrors.admin.noSuchCycle"));
  return cycle;
}

/** The resolution that mandates a cycle, as the pages, feeds and the report cite it. */
export interface CycleMandate {
  /** "A/RES/64/25" */
  symbol: string;
  /** "64/25" */
  number: string;
  /** Adoption day, "YYYY-MM-DD" (null when not established) */
  adoptedOn: string | null;
  /** The paragraph that invites the views (3) */
  paragraph: number | null;
  /** The paragraph's invitation as the cycle asks it ("Invites all Member States ... following questions:") */
  invitation: string | null;
}

/**
 * SQL: the symbol of the resolution mandating `reporting_cycles` (its mandating document, else the resolution whose
 * text holds its items). Use in a select whose FROM has reporting_cycles.
 */
export const cycleMandateSymbol = sql<string>`coalesce((select md.symbol from documents md where md.id = "reporting_cycles"."mandated_by_id"), (select mr.symbol from resolutions mr where mr.id = "reporting_cycles"."resolution_id"))`;

/**
 * SQL: true when the report issue date recorded for `reporting_cycles` is an assumption (its "report issued"
 * milestone says why it is assumed). Use in a select whose FROM has reporting_cycles.
 */
export const cycleReportDateAssumed = sql<boolean>`exists (select 1 from milestones rm where rm.cycle_id = "reporting_cycles"."id" and rm.kind = 'report_issued' and rm.assumption is not null)`;

/** The paragraph that invites the views of a resolution (the one its first requested item belongs to), as SQL. */
const invitingParagraph = (resolutionId: SQL | Column) => ({
  paragraph: sql<number | null>`(select p.number from requested_items ri join paragraphs p on p.id = ri.paragraph_id where ri.resolution_id = ${resolutionId} order by ri.letter limit 1)`,
  paragraphInvitation: sql<string | null>`(select p.verb || ' ' || p.text from requested_items ri join paragraphs p on p.id = ri.paragraph_id where ri.resolution_id = ${resolutionId} order by ri.letter limit 1)`,
});

const mandateColumns = {
  docSymbol: documents.symbol,
  docNumber: documents.number,
  docIssuedOn: documents.issuedOn,
  ownSymbol: resolutions.symbol,
  ownNumber: resolutions.number,
  ownAdoptedOn: resolutions.adoptedOn,
  ...invitingParagraph(resolutions.id),
};

interface MandateRow {
  docSymbol: string | null;
  docNumber: string | null;
  docIssuedOn: string | null;
  ownSymbol: string;
  ownNumber: string;
  ownAdoptedOn: string | null;
  paragraph: number | null;
  paragraphInvitation: string | null;
  invitation: string | null;
}

function toMandate(r: MandateRow): CycleMandate {
  const doc = r.docSymbol !== null;
  const symbol = r.docSymbol ?? r.ownSymbol;
  return {
    symbol,
    number: doc ? (r.docNumber ?? symbol.replace(/^A\/RES\//, "")) : r.ownNumber,
    adoptedOn: doc ? r.docIssuedOn : r.ownAdoptedOn,
    paragraph: r.paragraph,
    invitation: r.invitation ?? r.paragraphInvitation,
  };
}

/** The resolution mandating a cycle: 62/17 for the sixty-third session, 63/37, 64/25, 65/41 for the next ones. One statement. */
export async function getCycleMandate(db: Executor, cycle: Pick<ReportingCycle, "mandatedById" | "resolutionId" | "invitation">): Promise<CycleMandate> {
  const [row] = await db
    .select(mandateColumns)
    .from(resolutions)
    .leftJoin(documents, cycle.mandatedById === null ? sql`false` : eq(documents.id, cycle.mandatedById))
    .where(eq(resolutions.id, cycle.resolutionId));
  if (!row) throw new AppError("not_found");
  return toMandate({ ...row, invitation: cycle.invitation });
}

/** The mandating resolution of every cycle, by target session. One statement, whatever the number of cycles. */
export async function listCycleMandates(db: Executor): Promise<Map<number, CycleMandate>> {
  const rows = await db
    .select({ ...mandateColumns, targetSession: reportingCycles.targetSession, invitation: reportingCycles.invitation })
    .from(reportingCycles)
    .innerJoin(resolutions, eq(resolutions.id, reportingCycles.resolutionId))
    .leftJoin(documents, eq(documents.id, reportingCycles.mandatedById));
  return new Map(rows.map((r) => [r.targetSession, toMandate(r)]));
}
