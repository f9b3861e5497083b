import { date, index, integer, jsonb, pgTable, text, unique, varchar } from "drizzle-orm/pg-core";
import { regionalGroup } from "./enums";

export const memberStates = pgTable(
  "member_states",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    /** ISO 3166-1 alpha-3, used in URLs */
    iso3: varchar("iso3", { length: 3 }).notNull().unique(),
    name: text("name").notNull().unique(),
    /** Group on the UN's current list; null for a State in no group (the United States). */
    regionalGroup: regionalGroup("regional_group"),
    /** Group the State is counted in for elections and geographical balance. */
    electoralGroup: regionalGroup("electoral_group").notNull(),
    /** A second group the State is also listed in (Türkiye). */
    alsoListedIn: regionalGroup("also_listed_in"),
    groupNote: text("group_note"),
    admittedOn: date("admitted_on", { mode: "string" }).notNull(),
  },
  // The coverage matrix filters and totals by group.
  (t) => [index("member_states_electoral_group_idx").on(t.electoralGroup)],
);

/** A name in each official language other than English. */
export type OtherLanguageNames = { ar: string; zh: string; fr: string; ru: string; es: string };

/**
 * A change of a State's UN short name: up to the day before `changedOn` it was `previousName`; from `changedOn`
 * (a New York day) `newName`. Seeded from db/seed/data/name-changes.ts; lib/membership reads it.
 */
export const stateNameChanges = pgTable(
  "state_name_changes",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    memberStateId: integer("member_state_id")
      .notNull()
      .references(() => memberStates.id, { onDelete: "cascade" }),
    previousName: text("previous_name").notNull(),
    newName: text("new_name").notNull(),
    changedOn: date("changed_on", { mode: "string" }).notNull(),
    source: text("source").notNull(),
    /** Set when the exact day is not verified: what the date stands for. */
    assumption: text("assumption"),
    /**
     * `previousName` in the other five official languages, as the UN documents of the time had it ("Turquie",
     * "Turquía", "Турция", "土耳其", "تركيا"). Null when not recorded (the English name then stands in).
     */
    previousNames: jsonb("previous_names").$type<OtherLanguageNames>(),
    /** Set when some of those forms are not verified: which, and why they are taken to be right. */
    previousNamesAssumption: text("previous_names_assumption"),
  },
  (t) => [unique("state_name_changes_state_day_uq").on(t.memberStateId, t.changedOn)],
);

export type MemberState = typeof memberStates.$inferSelect;
export type StateNameChange = typeof stateNameChanges.$inferSelect;
