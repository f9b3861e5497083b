import type { Locale } from "./locales";

/**
 * Sessions of the General Assembly named as the UN's translation services write them:
 *   en "sixty-fifth session"          fr "soixante-cinquième session"
 *   es "sexagésimo quinto período de sesiones"
 *   ru "шестьдесят пятая сессия"      zh "第六十五届会议"
 *   ar "الدورة الخامسة والستون" (nominative; "الدورة الخامسة والستين" in the genitive/accusative,
 *      as in "في دورتها الخامسة والستين").
 *
 * Each language has a small generator (sessions 1 to 99), not a table. Gender and case follow the noun:
 * "session" and "сессия" and "دورة" are feminine, "período" masculine (hence the apocope "primer", "tercer").
 * Russian and Arabic take a case: "nominative" (default) or "oblique" (Russian genitive, dative and
 * prepositional, which share the feminine form "шестьдесят пятой сессии"; Arabic genitive/accusative).
 */
export type GrammaticalCase = "nominative" | "oblique";
export interface SessionOrdinalOptions {
  /** "words" (formal text, the default) or "numeric" (short labels: "65th", "65e", "65.º", "65-я", "第65届"). */
  style?: "words" | "numeric";
  case?: GrammaticalCase;
}

function check(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`session number out of range 1–99: ${n}`);
}

/** An ordinal of 1–99 from its unit, teen and tens words: a round ten as `roundTen` makes it, others as tens, `join`, unit. */
function wordsBelow100(n: number, w: { units: readonly string[]; teens: readonly string[]; tens: readonly string[]; join: string; roundTen?: (tens: string) => string }): string {
  if (n < 10) return w.units[n]!;
  if (n < 20) return w.teens[n - 10]!;
  const tens = w.tens[Math.floor(n / 10)]!;
  const u = n % 10;
  return u === 0 ? (w.roundTen?.(tens) ?? tens) : `${tens}${w.join}${w.units[u]}`;
}

// ---------- English ----------
const EN_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
const EN_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
const EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const enWords = (n: number) => wordsBelow100(n, { units: EN_UNITS, teens: EN_TEENS, tens: EN_TENS, join: "-", roundTen: (tens) => `${tens.slice(0, -1)}ieth` });
// Made once: making an Intl.PluralRules loads the locale's data and costs far more than using it.
const EN_ORDINAL = new Intl.PluralRules("en", { type: "ordinal" });
function enNumeric(n: number): string {
  const suffix = { one: "st", two: "nd", few: "rd", other: "th" }[EN_ORDINAL.select(n) as "one"] ?? "th";
  return `${n}${suffix}`;
}

// ---------- French (traditional spelling, as in UN French: "soixante et unième", "soixante et onzième") ----------
const FR_UNITS = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"];
const FR_TENS = ["", "dix", "vingt", "trente", "quarante", "cinquante", "soixante"];
function frCardinal(n: number): string {
  if (n <= 16) return FR_UNITS[n]!;
  if (n < 20) return `dix-${FR_UNITS[n - 10]}`;
  if (n < 70) {
    const t = Math.floor(n / 10);
    const u = n % 10;
    return u === 0 ? FR_TENS[t]! : u === 1 ? `${FR_TENS[t]} et un` : `${FR_TENS[t]}-${FR_UNITS[u]}`;
  }
  if (n < 80) return n === 71 ? "soixante et onze" : `soixante-${frCardinal(n - 60)}`;
  if (n === 80) return "quatre-vingts";
  return `quatre-vingt-${frCardinal(n - 80)}`;
}
function frOrdinalOfWord(w: string): string {
  if (w === "cinq") return "cinquième";
  if (w === "neuf") return "neuvième";
  if (w === "quatre-vingts") return "quatre-vingtième";
  if (w.endsWith("e")) return `${w.slice(0, -1)}ième`;
  return `${w}ième`;
}
function frWords(n: number): string {
  if (n === 1) return "première";
  const card = frCardinal(n);
  if (card === "quatre-vingts") return "quatre-vingtième";
  const m = /^(.*[ -])?([^ -]+)$/.exec(card)!;
  return `${m[1] ?? ""}${frOrdinalOfWord(m[2]!)}`;
}
function frNumeric(n: number): string {
  return n === 1 ? "1re" : `${n}e`;
}

// ---------- Spanish (masculine, before "período": "primer", "tercer") ----------
const ES_UNITS = ["", "primer", "segundo", "tercer", "cuarto", "quinto", "sexto", "séptimo", "octavo", "noveno"];
const ES_TEENS = ["décimo", "undécimo", "duodécimo", "decimotercer", "decimocuarto", "decimoquinto", "decimosexto", "decimoséptimo", "decimoctavo", "decimonoveno"];
const ES_TENS = ["", "", "vigésimo", "trigésimo", "cuadragésimo", "quincuagésimo", "sexagésimo", "septuagésimo", "octogésimo", "nonagésimo"];
const esWords = (n: number) => wordsBelow100(n, { units: ES_UNITS, teens: ES_TEENS, tens: ES_TENS, join: " " });
function esNumeric(n: number): string {
  // RAE: the period before the superscript ordinal indicator; "1.er" and "3.er" before a masculine noun.
  const u = n % 10;
  const teen = n % 100 >= 10 && n % 100 < 20;
  return !teen && (u === 1 || u === 3) && n < 100 ? `${n}.er` : `${n}.º`;
}

// ---------- Russian (feminine: "сессия"); UN Russian writes е, not ё ("четвертая") ----------
const RU_UNITS = ["", "первая", "вторая", "третья", "четвертая", "пятая", "шестая", "седьмая", "восьмая", "девятая"];
const RU_TEENS = ["десятая", "одиннадцатая", "двенадцатая", "тринадцатая", "четырнадцатая", "пятнадцатая", "шестнадцатая", "семнадцатая", "восемнадцатая", "девятнадцатая"];
const RU_TENS_CARD = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"];
const RU_TENS_ORD = ["", "", "двадцатая", "тридцатая", "сороковая", "пятидесятая", "шестидесятая", "семидесятая", "восьмидесятая", "девяностая"];
function ruOblique(adj: string): string {
  return adj.endsWith("ья") ? `${adj.slice(0, -2)}ьей` : `${adj.slice(0, -2)}ой`;
}
function ruWords(n: number, c: GrammaticalCase): string {
  let last: string;
  let prefix = "";
  if (n < 10) last = RU_UNITS[n]!;
  else if (n < 20) last = RU_TEENS[n - 10]!;
  else {
    const t = Math.floor(n / 10);
    const u = n % 10;
    if (u === 0) last = RU_TENS_ORD[t]!;
    else {
      prefix = `${RU_TENS_CARD[t]} `;
      last = RU_UNITS[u]!;
    }
  }
  return prefix + (c === "oblique" ? ruOblique(last) : last);
}

// ---------- Chinese ----------
const ZH_DIGITS = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
function zhNumber(n: number): string {
  if (n < 10) return ZH_DIGITS[n]!;
  const t = Math.floor(n / 10);
  const u = n % 10;
  return `${t === 1 ? "" : ZH_DIGITS[t]}十${u === 0 ? "" : ZH_DIGITS[u]}`;
}

// ---------- Arabic (feminine: "الدورة") ----------
const AR_UNITS = ["", "الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة"];
const AR_TENS_NOM = ["", "العاشرة", "العشرون", "الثلاثون", "الأربعون", "الخمسون", "الستون", "السبعون", "الثمانون", "التسعون"];
function arTens(t: number, c: GrammaticalCase): string {
  const w = AR_TENS_NOM[t]!;
  return c === "oblique" && t >= 2 ? `${w.slice(0, -2)}ين` : w;
}
function arWords(n: number, c: GrammaticalCase): string {
  if (n < 10) return AR_UNITS[n]!;
  if (n === 10) return "العاشرة";
  if (n < 20) return `${n === 11 ? "الحادية" : AR_UNITS[n - 10]} عشرة`;
  const t = Math.floor(n / 10);
  const u = n % 10;
  if (u === 0) return arTens(t, c);
  return `${u === 1 ? "الحادية" : AR_UNITS[u]} و${arTens(t, c)}`;
}

/** The ordinal alone, agreeing with the language's word for "session": "sixty-fifth", "soixante-cinquième", "第六十五届". */
export function sessionOrdinal(n: number, locale: Locale, opts: SessionOrdinalOptions = {}): string {
  check(n);
  const c = opts.case ?? "nominative";
  if (opts.style === "numeric") {
    switch (locale) {
      case "en": return enNumeric(n);
      case "fr": return frNumeric(n);
      case "es": return esNumeric(n);
      case "ru": return c === "oblique" ? `${n}-й` : `${n}-я`;
      case "zh": return `第${n}届`;
      case "ar": return String(n);
    }
  }
  switch (locale) {
    case "en": return enWords(n);
    case "fr": return frWords(n);
    case "es": return esWords(n);
    case "ru": return ruWords(n, c);
    case "zh": return `第${zhNumber(n)}届`;
    case "ar": return arWords(n, c);
  }
}

/** The session with its noun: "sixty-fifth session", "sexagésimo quinto período de sesiones", "الدورة الخامسة والستون". */
export function sessionName(n: number, locale: Locale, opts: SessionOrdinalOptions = {}): string {
  const ord = sessionOrdinal(n, locale, opts);
  const c = opts.case ?? "nominative";
  switch (locale) {
    case "en": return `${ord} session`;
    case "fr": return `${ord} session`;
    case "es": return `${ord} período de sesiones`;
    case "ru": return `${ord} ${c === "oblique" ? "сессии" : "сессия"}`;
    case "zh": return `${ord}会议`;
    case "ar": return `الدورة ${ord}`;
  }
}
