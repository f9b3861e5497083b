import type { Locale } from "@/lib/i18n/locales";
import { fill, formatReportDate, reportTexts } from "./texts";
import type { Edition, IntroBlock, ReportSource, SourceReply } from "./types";

/** The letters of a list in the Arabic version: (أ), (ب), (ج), (د). */
const ARABIC_LETTERS: Record<string, string> = { a: "أ", b: "ب", c: "ج", d: "د" };

/**
 * "I. Introduction": the mandating resolution in its own words (A/65/154 paras. 1-2), its
 * questions (a)-(d), and the note verbale. An addendum says what it adds to. The public edition
 * says nothing of restricted replies; the full edition explains their mark.
 */
export function introduction(source: ReportSource, baseSymbol: string, edition: Edition, included: readonly SourceReply[], locale: Locale): IntroBlock[] {
  const t = reportTexts(locale);
  const mandate = source.mandate;
  const resolution = mandate.resolution;
  const paragraph = mandate.paragraph;
  const asIssued = locale === "en" && mandate.introduction?.length === 2 ? mandate.introduction : null;
  const blocks: IntroBlock[] = [];
  let n = 0;
  const para = (text: string) => blocks.push({ kind: "paragraph", number: ++n, text });
  if (source.addendum === 0) {
    para(asIssued?.[0] ?? fill(t.intro1, { paragraph, resolution }));
    const items: Record<string, string> = t.items;
    blocks.push({ kind: "list", items: source.items.map((i) => ({ label: `(${locale === "ar" ? (ARABIC_LETTERS[i.letter] ?? i.letter) : i.letter})`, text: items[i.letter] ?? i.text })) });
    para(asIssued?.[1] ?? fill(t.intro2, { date: formatReportDate(source.cycle.noteVerbaleDate, locale) }));
  } else {
    para(fill(t.addendumIntro, { symbol: baseSymbol, paragraph, resolution }));
  }
  if (edition === "full" && included.some((x) => x.publication === "restricted")) para(fill(t.restrictedNote, { label: t.restrictedLabel }));
  return blocks;
}
