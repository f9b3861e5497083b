import type { MemberState } from "@/db/schema";

/** One of the five regional groups of the General Assembly (the `regional_group` enum). */
export type RegionalGroupName = MemberState["electoralGroup"];

/**
 * How each regional group is written, in one place:
 * - `group`: the group's own name, as the expert group's balance check speaks of it ("African Group");
 * - `states`: its members as a heading of a list or a column (search filter, coverage matrix, CSV export);
 * - `short`: the narrow matrix column ("African").
 */
export const GROUP_LABELS = {
  african: { group: "African Group", states: "African States", short: "African" },
  asia_pacific: { group: "Asia-Pacific Group", states: "Asia-Pacific States", short: "Asia-Pacific" },
  eastern_european: { group: "Eastern European Group", states: "Eastern European States", short: "Eastern European" },
  latin_american_caribbean: {
    group: "Latin American and Caribbean Group",
    states: "Latin American and Caribbean States",
    short: "Latin American and Caribbean",
  },
  western_european_others: { group: "Western European and Others Group", states: "Western European and other States", short: "Western European" },
} as const satisfies Record<RegionalGroupName, { group: string; states: string; short: string }>;

/** The five groups in the order the UN lists them (that of the enum). */
export const REGIONAL_GROUPS = Object.keys(GROUP_LABELS) as RegionalGroupName[];

export function isRegionalGroup(value: string): value is RegionalGroupName {
  return Object.hasOwn(GROUP_LABELS, value);
}
