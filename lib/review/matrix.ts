import type { SubmissionStatus } from "@/db/schema";
import { STATUSES } from "@/lib/status";
import { isRegionalGroup, type RegionalGroupName } from "@/lib/groups";
import type { Locale } from "@/lib/i18n/locales";
import { inReaderLanguage } from "@/lib/i18n/state-names";

/** Filters of the coverage matrix; they live in the URL so a view can be shared. */
export interface MatrixFilters {
  group?: RegionalGroupName;
  status?: SubmissionStatus;
  reviewer?: string; // user id, or "none"
  late?: boolean;
  q?: string;
}

export interface MatrixCell {
  status: SubmissionStatus;
  isLate: boolean;
  reviewerId: string | null;
}

export interface MatrixRow {
  state: { id: number; iso3: string; name: string; group: RegionalGroupName };
  reviewerId: string | null;
  /** The State's own deadline when the Secretariat extended it. */
  extendedTo: Date | null;
  cells: Record<string, MatrixCell>;
}

/**
 * The reviewer shown on a State's row: the State's own assignment, else the reviewer its items have
 * (the first item's that has one, e.g. after "Start review" on an unassigned State).
 */
export function rowReviewer(assigned: string | null, cells: readonly MatrixCell[]): string | null {
  return assigned ?? cells.find((c) => c.reviewerId)?.reviewerId ?? null;
}

/** Every reviewer a State's items have now, in item order, without repeats. */
export function reviewersOf(row: MatrixRow): string[] {
  return [...new Set(Object.values(row.cells).map((c) => c.reviewerId ?? row.reviewerId).filter((id): id is string => id !== null))];
}

export function parseMatrixFilters(params: Record<string, string | string[] | undefined>): MatrixFilters {
  const one = (k: string) => (typeof params[k] === "string" ? (params[k] as string) : undefined);
  const group = one("group");
  const status = one("status");
  return {
    group: group && isRegionalGroup(group) ? group : undefined,
    status: status && (STATUSES as readonly string[]).includes(status) ? (status as SubmissionStatus) : undefined,
    reviewer: one("reviewer") || undefined,
    late: one("late") === "1" || undefined,
    q: one("q")?.trim().slice(0, 100) || undefined,
  };
}

/**
 * Applies the filters in memory: 193 rows are cheap, and the totals stay those of the whole cycle. The name filter
 * finds a State by its name, by its code, or by its name in `alsoNamed` (its English name when `rows` are named in
 * another language).
 */
export function filterRows(rows: MatrixRow[], f: MatrixFilters, alsoNamed?: ReadonlyMap<string, string>): MatrixRow[] {
  const q = f.q?.toLocaleLowerCase("en");
  return rows.filter((r) => {
    const cells = Object.values(r.cells);
    if (f.group && r.state.group !== f.group) return false;
    if (q && !r.state.name.toLocaleLowerCase("en").includes(q) && r.state.iso3.toLowerCase() !== q && !alsoNamed?.get(r.state.iso3)?.toLocaleLowerCase("en").includes(q)) return false;
    if (f.status && !cells.some((c) => c.status === f.status)) return false;
    if (f.late && !cells.some((c) => c.isLate)) return false;
    if (f.reviewer) {
      const reviewers = new Set(cells.map((c) => c.reviewerId ?? r.reviewerId));
      if (f.reviewer === "none" ? !reviewers.has(null) : !reviewers.has(f.reviewer)) return false;
    }
    return true;
  });
}

/**
 * The rows a reader sees, in one pass: each State under its name in the reader's language and in that language's
 * order, then filtered; the name filter finds a State by that name or by its English one. In English the rows stay
 * as the query named and sorted them.
 */
export function rowsForReader(rows: MatrixRow[], f: MatrixFilters, locale: Locale): MatrixRow[] {
  if (locale === "en") return filterRows(rows, f);
  const english = new Map(rows.map((r) => [r.state.iso3, r.state.name]));
  const named = inReaderLanguage(
    rows.map((row) => ({ iso3: row.state.iso3, name: row.state.name, row })),
    locale,
  ).map(({ name, row }) => ({ ...row, state: { ...row.state, name } }));
  return filterRows(named, f, f.q ? english : undefined);
}

export interface MatrixTotals {
  byStatus: Record<SubmissionStatus, number>;
  byItem: Record<string, Record<SubmissionStatus, number>>;
  byGroup: Record<string, { states: number; replied: number; items: number }>;
  late: number;
}

const zero = () => Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<SubmissionStatus, number>;
const REPLIED: SubmissionStatus[] = ["submitted", "under_review", "returned", "accepted", "published"];

export function totals(rows: MatrixRow[], letters: string[]): MatrixTotals {
  const t: MatrixTotals = { byStatus: zero(), byItem: Object.fromEntries(letters.map((l) => [l, zero()])), byGroup: {}, late: 0 };
  for (const r of rows) {
    const g = (t.byGroup[r.state.group] ??= { states: 0, replied: 0, items: 0 });
    g.states += 1;
    let replied = false;
    for (const l of letters) {
      const c = r.cells[l]!;
      t.byStatus[c.status] += 1;
      t.byItem[l]![c.status] += 1;
      if (c.isLate) t.late += 1;
      if (REPLIED.includes(c.status)) {
        g.items += 1;
        replied = true;
      }
    }
    if (replied) g.replied += 1;
  }
  return t;
}
