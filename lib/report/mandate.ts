import { cycleForSession } from "@/db/seed/data/series";
import type { Locale } from "@/lib/i18n/locales";
import { stateName } from "@/lib/i18n/state-names";
import { nameOn as englishNameOn } from "@/lib/membership/as-of";

/**
 * The two facts a report takes from the series and the membership, each behind one function so
 * that the database can supply them later without touching the report: which resolution mandates
 * a cycle (and in which paragraph), and what a State was called on the report's date.
 */
export interface CycleMandate {
  /** "64/25" */
  resolution: string;
  /** 3 */
  paragraph: number;
  /** The English introduction as issued, paragraph by paragraph, when a copy was read (A/65/154). */
  introduction: readonly string[] | null;
  /** The preliminary list the agenda item's footnote points to ("A/65/150"), when known. */
  preliminaryList: string | null;
}

/** The preliminary lists of items, from the reports' mastheads ("Item 94 of the provisional agenda*", "* A/65/150."). */
const PRELIMINARY_LISTS: Readonly<Record<number, string>> = {
  65: "A/65/150", // footnote to the agenda item in the masthead of A/65/154
};

/** The mandate of the report to `session`, or null when the series does not record it (then the resolution's own row is cited). */
export function cycleMandate(session: number): CycleMandate | null {
  const cycle = cycleForSession(session);
  if (!cycle) return null;
  return {
    resolution: cycle.mandatedBy.value,
    paragraph: cycle.mandateParagraph.value,
    introduction: cycle.introduction?.value ?? null,
    preliminaryList: PRELIMINARY_LISTS[session] ?? null,
  };
}

/**
 * The State's name on `day` in the version's language: the English name of that day (Turkey in
 * 2010, Türkiye after June 2022); the other languages take their maintained names.
 */
export function stateNameOn(state: { iso3: string; name: string }, day: string, locale: Locale): string {
  return locale === "en" ? englishNameOn(state, day) : stateName(state.iso3, locale);
}
