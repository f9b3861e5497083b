import "server-only";
import { and, asc, eq, inArray, isNotNull, lte, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { documents, memberStates, reportingCycles, reports, submissions, type SeriesDocumentRow } from "@/db/schema";
import { stateCollator, stateNameOn } from "@/lib/membership/queries";
import { cycleMandateSymbol } from "@/lib/resolutions/queries";
import { endOfNewYorkDay } from "@/lib/time";

/** The official document system's address of a symbol (linked, never fetched). */
export const undocsUrl = (symbol: string) => `https://undocs.org/${symbol}`;

export interface SeriesDocument {
  symbol: string;
  kind: SeriesDocumentRow["kind"];
  session: number;
  /** A resolution's number ("64/25") */
  number: string | null;
  /** Adoption or issue day; null when not established (the document is then known from a later citation) */
  date: string | null;
  /** The resolution that asked for it (its symbol) */
  mandatedBy: string | null;
  /** An addendum's or corrigendum's report */
  parent: string | null;
  /** A resolution: the session it asks the Secretary-General to report to */
  reportsToSession: number | null;
}

export interface ArchiveReport {
  session: number;
  /** The report and its addenda and corrigenda, as issued */
  documents: SeriesDocument[];
  mandatedBy: string;
  /** Whether the tracker recorded this cycle's replies */
  tracked: boolean;
  /** The States whose replies the tracker holds for the cycle, under their names on the report's issue date */
  replied: { iso3: string; name: string }[];
}

export interface SeriesView {
  /** Every document issued or adopted by `today`, oldest first */
  documents: SeriesDocument[];
  /** Reports the tracker expects but that are not issued on `today` (their symbol is not shown) */
  pending: { session: number; mandatedBy: string }[];
  archive: ArchiveReport[];
}

const REPLIED = ["submitted", "under_review", "accepted", "published"] as const;

/**
 * The series as it stood on `today` (a New York day): resolutions adopted and documents issued by then (a report
 * the tracker issues counts from its issue there), the reports still to come, and the archive of past cycles'
 * reports with the States that replied.
 */
export async function getSeries(db: Executor, today: string): Promise<SeriesView> {
  const [docRows, issuedHere, cycles] = await Promise.all([
    db.select().from(documents).orderBy(asc(documents.session), asc(documents.symbol)),
    db.select({ symbol: reports.symbol, issuedOn: reports.issuedOn }).from(reports).where(lte(reports.issuedOn, today)),
    db
      .select({
        id: reportingCycles.id,
        targetSession: reportingCycles.targetSession,
        reportSymbol: reportingCycles.reportSymbol,
        reportIssuedOn: reportingCycles.reportIssuedOn,
        mandate: cycleMandateSymbol,
        mandateAdoptedOn: sql<string | null>`(select md.issued_on from documents md where md.id = "reporting_cycles"."mandated_by_id")`,
      })
      .from(reportingCycles)
      .orderBy(asc(reportingCycles.targetSession)),
  ]);
  const hereDate = new Map(issuedHere.map((r) => [r.symbol, r.issuedOn]));
  const byId = new Map(docRows.map((d) => [d.id, d]));
  const issued: SeriesDocument[] = [];
  for (const d of docRows) {
    const date = d.issuedOn ?? hereDate.get(d.symbol) ?? null;
    const known = date ?? d.citedOn;
    if (!known || known > today) continue;
    issued.push({
      symbol: d.symbol,
      kind: d.kind,
      session: d.session,
      number: d.number,
      date,
      mandatedBy: d.mandatedById ? (byId.get(d.mandatedById)?.symbol ?? null) : null,
      parent: d.parentId ? (byId.get(d.parentId)?.symbol ?? null) : null,
      reportsToSession: d.reportsToSession,
    });
  }
  // Reports issued in the tracker that the series does not list yet (a later cycle's addendum, say).
  for (const r of issuedHere) {
    if (issued.some((d) => d.symbol === r.symbol)) continue;
    const cycle = cycles.find((c) => r.symbol.startsWith(`A/${c.targetSession}/`));
    issued.push({ symbol: r.symbol, kind: r.symbol.includes("/Add.") ? "addendum" : "sg_report", session: cycle?.targetSession ?? Number(r.symbol.split("/")[1]), number: null, date: r.issuedOn, mandatedBy: cycle?.mandate ?? null, parent: r.symbol.includes("/Add.") ? r.symbol.replace(/\/Add\.\d+$/, "") : null, reportsToSession: null });
  }
  // Undated reports sort before their session's autumn resolution (a sort key only; never shown).
  const sortKey = (d: SeriesDocument) => d.date ?? `${1945 + d.session}-07-01`;
  issued.sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || a.symbol.localeCompare(b.symbol));

  const reportsOf = (session: number) => issued.filter((d) => d.session === session && (d.kind === "sg_report" || d.kind === "addendum" || d.kind === "corrigendum"));
  const pending = cycles
    .filter((c) => !(c.reportIssuedOn && c.reportIssuedOn <= today) && !reportsOf(c.targetSession).some((d) => d.kind === "sg_report"))
    .filter((c) => (c.mandateAdoptedOn ?? "") <= today)
    .map((c) => ({ session: c.targetSession, mandatedBy: c.mandate }));

  const sessions = [...new Set(issued.filter((d) => d.kind === "sg_report").map((d) => d.session))].sort((a, b) => b - a);
  const tracked = cycles.filter((c) => sessions.includes(c.targetSession));
  const repliedRows = tracked.length
    ? await Promise.all(
        tracked.map(async (c) => {
          const issuedOn = reportsOf(c.targetSession).find((d) => d.kind === "sg_report")!.date ?? today;
          const rows = await db
            .selectDistinct({ iso3: memberStates.iso3, name: stateNameOn(issuedOn) })
            .from(submissions)
            .innerJoin(memberStates, eq(memberStates.id, submissions.memberStateId))
            .where(
              and(
                eq(submissions.cycleId, c.id),
                inArray(submissions.status, [...REPLIED]),
                isNotNull(submissions.submittedAt),
                lte(submissions.submittedAt, endOfNewYorkDay(issuedOn)),
              ),
            );
          const collator = stateCollator();
          return [c.targetSession, rows.sort((a, b) => collator.compare(a.name, b.name))] as const;
        }),
      )
    : [];
  const replied = new Map(repliedRows);
  const archive = sessions.map((session): ArchiveReport => {
    const docs = reportsOf(session);
    const cycle = cycles.find((c) => c.targetSession === session);
    const main = docs.find((d) => d.kind === "sg_report")!;
    return { session, documents: docs, mandatedBy: cycle?.mandate ?? main.mandatedBy ?? "", tracked: cycle !== undefined, replied: [...(replied.get(session) ?? [])] };
  });
  return { documents: issued, pending, archive };
}
