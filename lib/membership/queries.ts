import "server-only";
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberStates, stateNameChanges } from "@/db/schema";
import type { RegionalGroupName } from "@/lib/groups";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { stateName } from "@/lib/i18n/state-names";
import type { Day, NameHistory } from "./as-of";
import { isMemberOnSql, stateNameOn } from "./sql";
import { collator, sortCollated } from "@/lib/intl-cache";

/**
 * Membership and names as they stood on a day, from the database (member_states.admitted_on and
 * state_name_changes). The pure rules and their boundary cases are in ./as-of.ts; these read the same rules in SQL:
 * a State admitted on day D is a Member on D; a name changed on D is the new name on D.
 */

export { isMemberOnSql, stateNameOn } from "./sql";

export interface MemberOn {
  id: number;
  iso3: string;
  /** The name on the day asked for */
  name: string;
  /** Today's UN short name */
  currentName: string;
  group: RegionalGroupName;
  regionalGroup: RegionalGroupName | null;
  electoralGroup: RegionalGroupName;
  alsoListedIn: RegionalGroupName | null;
  groupNote: string | null;
  admittedOn: string;
}

/** The collator every list of States sorts with, by the names of the day. */
export function stateCollator(locale = "en"): Intl.Collator {
  return collator(locale);
}

/** The Members of the United Nations on `day`, each with its name of that day, sorted by that name (one query). */
export async function listMembersOn(db: Executor, day: Day, locale = "en"): Promise<MemberOn[]> {
  const rows = await db
    .select({
      id: memberStates.id,
      iso3: memberStates.iso3,
      name: stateNameOn(day),
      currentName: memberStates.name,
      group: memberStates.electoralGroup,
      regionalGroup: memberStates.regionalGroup,
      electoralGroup: memberStates.electoralGroup,
      alsoListedIn: memberStates.alsoListedIn,
      groupNote: memberStates.groupNote,
      admittedOn: memberStates.admittedOn,
    })
    .from(memberStates)
    .where(isMemberOnSql(day))
    .orderBy(asc(memberStates.name));
  return sortCollated(rows, (r) => r.name, locale);
}

/** How many Members there were on `day`. */
export async function countMembersOn(db: Executor, day: Day): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(memberStates).where(isMemberOnSql(day));
  return row?.n ?? 0;
}

/** Every State's name on `day`, by ISO3 (Members or not), for texts that name States by code. */
export async function namesOn(db: Executor, day: Day): Promise<Map<string, string>> {
  const rows = await db.select({ iso3: memberStates.iso3, name: stateNameOn(day) }).from(memberStates);
  return new Map(rows.map((r) => [r.iso3, r.name]));
}

/** One State's name on `day` (today's name when the State is unknown to the name history). */
export async function stateNameOnDay(db: Executor, iso3: string, day: Day): Promise<string> {
  const [row] = await db.select({ name: stateNameOn(day) }).from(memberStates).where(eq(memberStates.iso3, iso3.toUpperCase()));
  return row?.name ?? iso3;
}

/**
 * The name histories of the States given, in the six languages, from the database: today's English name
 * (member_states.name) and today's names in the other languages (lib/i18n/state-names.ts), and each recorded change
 * (state_name_changes) with the previous name in every language. A change without its other-language forms has the
 * English previous name stand in for them, never today's name.
 */
export async function nameHistories(db: Executor, iso3s: readonly string[]): Promise<Map<string, NameHistory>> {
  const codes = [...new Set(iso3s.map((c) => c.toUpperCase()))];
  if (codes.length === 0) return new Map();
  const [states, changes] = await Promise.all([
    db.select({ id: memberStates.id, iso3: memberStates.iso3, name: memberStates.name }).from(memberStates).where(inArray(memberStates.iso3, codes)),
    db
      .select({ iso3: memberStates.iso3, from: stateNameChanges.changedOn, previousName: stateNameChanges.previousName, previousNames: stateNameChanges.previousNames })
      .from(stateNameChanges)
      .innerJoin(memberStates, eq(memberStates.id, stateNameChanges.memberStateId))
      .where(inArray(memberStates.iso3, codes))
      .orderBy(asc(stateNameChanges.changedOn)),
  ]);
  const inEvery = (en: string, other: (l: Exclude<Locale, "en">) => string | undefined) =>
    Object.fromEntries(LOCALES.map((l) => [l, l === "en" ? en : (other(l) ?? en)])) as Record<Locale, string>;
  return new Map(
    states.map((st) => [
      st.iso3,
      {
        iso3: st.iso3,
        current: inEvery(st.name, (l) => stateName(st.iso3, l)),
        changes: changes.filter((c) => c.iso3 === st.iso3).map((c) => ({ from: c.from, previous: inEvery(c.previousName, (l) => c.previousNames?.[l]) })),
      },
    ]),
  );
}
