const rules = new Intl.PluralRules("en", { type: "ordinal" });
const SUFFIX: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };

/** 63 → "63rd", 65 → "65th", 71 → "71st". */
export function ordinal(n: number): string {
  return `${n}${SUFFIX[rules.select(n)] ?? "th"}`;
}
