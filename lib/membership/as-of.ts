/**
 * Membership and names of the United Nations as they stood on a given day. Pure: no database, no server-only.
 *
 * Days are New York calendar days written "YYYY-MM-DD" (the Secretariat sits in New York; lib/time.ts). A `Date`
 * is also accepted and is first turned into the New York calendar day on which that instant falls.
 *
 * Boundary rules:
 * - a State admitted on day D is a Member ON day D (South Sudan, admitted 14 July 2011: 192 Members on
 *   13 July 2011, 193 on 14 July 2011);
 * - a name changed on day D is the new name ON day D (Türkiye from 1 June 2022: "Turkey" on 31 May 2022).
 *
 * Before its admission a State has no membership, but `nameOn` still answers with the name it then had under the
 * name changes (or today's name when none applies).
 */
import { NAME_CHANGES } from "@/db/seed/data/name-changes";
import { newYorkDate } from "@/lib/time";
import type { Locale } from "@/lib/i18n/locales";
import { collator as sharedCollator } from "@/lib/intl-cache";

/** The fields of a member-state seed row this module needs. */
export interface MembershipRow {
  iso3: string;
  /** Today's UN short name */
  name: string;
  /** Day of admission, "YYYY-MM-DD" */
  admitted: string;
}

/** The fields of a name-change seed row this module needs. */
export interface NameChangeRow {
  iso3: string;
  previousName: string;
  /** First day of the new name, "YYYY-MM-DD" */
  from: string;
}

/** A day: "YYYY-MM-DD" (New York), or an instant whose New York day is meant. */
export type Day = string | Date;

/** A member-state row as of a day: `name` is the name on that day, `currentName` today's name. */
export type AsOf<S extends MembershipRow> = Omit<S, "name"> & { name: string; currentName: string };

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The New York calendar day ("YYYY-MM-DD") meant by `day`; throws on a malformed string. */
export function toDay(day: Day): string {
  if (day instanceof Date) {
    if (Number.isNaN(day.getTime())) throw new Error("Invalid Date");
    return newYorkDate(day);
  }
  if (!ISO_DAY.test(day)) throw new Error(`Not a calendar day (YYYY-MM-DD): ${day}`);
  return day;
}

/** True when the State was a Member of the United Nations on that day (admitted on or before it). */
export function isMemberOn(state: Pick<MembershipRow, "admitted">, day: Day): boolean {
  return toDay(state.admitted) <= toDay(day);
}

/** The State's UN short name on that day. */
export function nameOn(
  state: Pick<MembershipRow, "iso3" | "name">,
  day: Day,
  changes: readonly NameChangeRow[] = NAME_CHANGES,
): string {
  const d = toDay(day);
  // The first change not yet in force on `d` tells the name then; with none, today's name applies.
  let next: NameChangeRow | undefined;
  for (const change of changes) {
    if (change.iso3 !== state.iso3 || change.from <= d) continue;
    if (!next || change.from < next.from) next = change;
  }
  return next ? next.previousName : state.name;
}

/** The Members on that day, each with its name of that day, sorted by that name (Intl.Collator, `locale`). */
export function membersOn<S extends MembershipRow>(
  states: readonly S[],
  day: Day,
  locale = "en",
  changes: readonly NameChangeRow[] = NAME_CHANGES,
): AsOf<S>[] {
  const d = toDay(day);
  const collator = sharedCollator(locale);
  return states
    .filter((s) => isMemberOn(s, d))
    .map((s) => ({ ...s, name: nameOn(s, d, changes), currentName: s.name }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** How many Members there were on that day. */
export function countOn(states: readonly Pick<MembershipRow, "admitted">[], day: Day): number {
  const d = toDay(day);
  return states.reduce((n, s) => (isMemberOn(s, d) ? n + 1 : n), 0);
}

/**
 * A State's names through time in the six official languages: today's, and, for each change of name, the name used
 * up to the day before it (oldest change first or in any order). Built from the database by
 * lib/membership/queries.ts (nameHistories).
 */
export interface NameHistory {
  iso3: string;
  current: Readonly<Record<Locale, string>>;
  changes: readonly { from: string; previous: Readonly<Record<Locale, string>> }[];
}

/** The State's name on `day` in `locale`, by the same rule as `nameOn`: a name changed on day D is the new name on D. */
export function nameInOn(history: NameHistory, day: Day, locale: Locale): string {
  const d = toDay(day);
  let next: NameHistory["changes"][number] | undefined;
  for (const change of history.changes) {
    if (change.from <= d) continue;
    if (!next || change.from < next.from) next = change;
  }
  return (next ? next.previous : history.current)[locale];
}
