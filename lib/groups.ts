import type { MemberState } from "@/db/schema";

export type RegionalGroupName = NonNullable<MemberState["electoralGroup"]>;

export const GROUP_LABELS: Record<RegionalGroupName, string> = {
  african: "African States",
  asia_pacific: "Asia-Pacific States",
  eastern_european: "Eastern European States",
  latin_american_caribbean: "Latin American and Caribbean States",
  western_european_others: "Western European and other States",
};

export const GROUP_ORDER = Object.keys(GROUP_LABELS) as RegionalGroupName[];
