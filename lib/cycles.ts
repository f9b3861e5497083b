import type { ReportingCycle } from "@/db/schema";

/**
 * The cycle people work on: the earliest one still open (its report not yet issued);
 * when every cycle is closed, the latest.
 */
export function pickCurrentCycle<C extends Pick<ReportingCycle, "targetSession" | "closedAt">>(cycles: readonly C[]): C | undefined {
  const ordered = [...cycles].sort((a, b) => a.targetSession - b.targetSession);
  return ordered.find((c) => c.closedAt === null) ?? ordered.at(-1);
}


/** A cycle's report as a page shows it: its symbol, and its issue date only when that date is a fact. */
export interface ShownReport {
  symbol: string;
  /** Null when the recorded issue date is an assumption: the page then gives no date. */
  issuedOn: string | null;
}

/**
 * The cycle's report as pages may show it on `today`: nothing before it is issued (its symbol is not public yet),
 * then its symbol, with its issue date only when the date is documented (`dateAssumed` false). An assumed date
 * never reaches a page: it only tells that the report was issued by then.
 */
export function shownReport(
  cycle: Pick<ReportingCycle, "reportSymbol" | "reportIssuedOn">,
  dateAssumed: boolean,
  today: string,
): ShownReport | null {
  if (!cycle.reportSymbol || !cycle.reportIssuedOn || cycle.reportIssuedOn > today) return null;
  return { symbol: cycle.reportSymbol, issuedOn: dateAssumed ? null : cycle.reportIssuedOn };
}
