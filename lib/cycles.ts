import type { ReportingCycle } from "@/db/schema";

/**
 * The cycle people work on: the earliest one still open (its report not yet issued);
 * when every cycle is closed, the latest.
 */
export function pickCurrentCycle<C extends Pick<ReportingCycle, "targetSession" | "closedAt">>(cycles: readonly C[]): C | undefined {
  const ordered = [...cycles].sort((a, b) => a.targetSession - b.targetSession);
  return ordered.find((c) => c.closedAt === null) ?? ordered.at(-1);
}

