const rules = new Intl.PluralRules("en", { type: "ordinal" });
const SUFFIX: Record<string, string> = { one: "st", two: "nd", few: "rd", other: "th" };

/** 63 → "63rd", 65 → "65th", 71 → "71st", 111 → "111th": how the site writes a session. */
export function ordinal(n: number): string {
  return `${n}${SUFFIX[rules.select(n)] ?? "th"}`;
}

const UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const TENS_ORDINAL = ["", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

/** 65 → "sixty-fifth" (1 to 99; beyond that in figures, "101st"): how the report and the seeded titles write a session. */
export function ordinalWords(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return ordinal(n);
  if (n < 10) return UNITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  const tens = Math.floor(n / 10);
  const unit = n % 10;
  return unit === 0 ? TENS_ORDINAL[tens]! : `${TENS[tens]}-${UNITS[unit]}`;
}
