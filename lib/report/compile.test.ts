import { describe, expect, it } from "vitest";
import { compileReport, fingerprintOf, itemHeading, pastTense, type ReportSource, type SourceReply } from "./compile";
import { markdownToBlocks } from "./blocks";
import { typstData } from "./pdf";
import { reportMandate } from "./mandate";
import { NAME_CHANGES } from "@/db/seed/data/name-changes";
import { LOCALES } from "@/lib/i18n/locales";
import { stateName } from "@/lib/i18n/state-names";
import type { NameHistory } from "@/lib/membership/as-of";

/** A State's name history as the database holds it once seeded (tests/integration/report-names.test.ts reads the database's). */
const history = (iso3: string, name: string): NameHistory => ({
  iso3,
  current: Object.fromEntries(LOCALES.map((l) => [l, l === "en" ? name : stateName(iso3, l)])) as NameHistory["current"],
  changes: NAME_CHANGES.filter((c) => c.iso3 === iso3).map((c) => ({ from: c.from, previous: { en: c.previousName, ...c.previousNames } })),
});

const source = (replies: SourceReply[], addendum = 0): ReportSource => ({
  mandate: reportMandate(65, { number: "64/25", paragraph: 3 }),
  resolution: { symbol: "A/RES/62/17", number: "62/17", title: "Developments", adoptedOn: "2007-12-05" },
  paragraph: { number: 3, verb: "Invites", text: "all Member States to inform the Secretary-General:" },
  items: [
    { letter: "a", text: "First question;" },
    { letter: "b", text: "Second question;" },
  ],
  cycle: { targetSession: 65, reportSymbol: "A/65/154", reportAgendaItem: null, noteVerbaleDate: "2010-02-26", noteVerbaleSymbol: "ODA/2010/00012/ITS" },
  addendum,
  issuedOn: null,
  mainIssuedOn: null,
  replies,
});
const reply = (iso3: string, name: string, letter: string, extra: Partial<SourceReply> = {}): SourceReply => ({
  submissionId: iso3.charCodeAt(0) * 10 + letter.charCodeAt(0),
  revisionId: iso3.charCodeAt(1) * 10 + letter.charCodeAt(0),
  state: { iso3, name, history: history(iso3, name) },
  letter,
  body: `${name} on ${letter}`,
  language: "en",
  isNilReply: false,
  publication: "public",
  receivedAt: new Date("2010-05-27T14:00:00Z"),
  ...extra,
});

describe("compileReport", () => {
  it("orders States by English collation and items by the resolution's order", () => {
    const report = compileReport(
      source([reply("TUR", "Türkiye", "b"), reply("TUR", "Türkiye", "a"), reply("CIV", "Côte d'Ivoire", "a"), reply("CRI", "Costa Rica", "a"), reply("TUN", "Tunisia", "a")]),
    );
    // A draft takes the names of its day: Turkey in 2010.
    expect(report.states.map((s) => s.name)).toEqual(["Costa Rica", "Côte d'Ivoire", "Tunisia", "Turkey"]);
    expect(report.states[3]!.items.map((i) => i.heading)).toEqual([
      "(a) General appreciation of the issues of information security",
      "(b) Efforts taken at the national level to strengthen information security and promote international cooperation in this field",
    ]);
    expect(report.states[0]!.items[0]!.heading).toBeNull();
    expect(report.agendaLine).toBeNull();
    expect(report.sections.introduction.blocks[0]).toMatchObject({ text: expect.stringMatching(/^In paragraph 3 of its resolution 64\/25, the General Assembly invited/) });
    expect(report.sections.introduction.blocks[2]).toMatchObject({ text: expect.stringContaining("on 26 February 2010, a note verbale was sent to Member States") });
  });

  it("names every language of a State's reply, and the latest date received", () => {
    const [state] = compileReport(
      source([reply("CAN", "Canada", "a"), reply("CAN", "Canada", "b", { language: "fr", receivedAt: new Date("2010-06-02T15:00:00Z") })]),
    ).states;
    expect(state).toMatchObject({ originalLine: "[Original: English and French]", receivedLine: "[2 June 2010]" });
  });

  it("dates a reply in New York: 1 a.m. UTC on 1 June is still 31 May", () => {
    const [state] = compileReport(source([reply("CAN", "Canada", "a", { receivedAt: new Date("2010-06-01T01:00:00Z") })])).states;
    expect(state!.receivedLine).toBe("[31 May 2010]");
  });

  it("numbers an addendum and says what it adds to", () => {
    const report = compileReport({ ...source([reply("CAN", "Canada", "a")], 2), mainIssuedOn: "2010-07-20", issuedOn: "2010-09-01" });
    expect(report).toMatchObject({ symbol: "A/65/154/Add.2", addendumLine: "Addendum", dateLine: "1 September 2010", isDraft: false });
    expect(report.sections.introduction.blocks).toHaveLength(1);
  });

  it("has the masthead's parts: agenda item with its footnote, Distr., original, session in words", () => {
    const report = compileReport({ ...source([reply("CUB", "Cuba", "a", { language: "es" })]), issuedOn: "2010-07-20", cycle: { ...source([]).cycle, reportAgendaItem: 94 } });
    expect(report.masthead).toEqual({
      unitedNations: "United Nations",
      organ: "General Assembly",
      distribution: "Distr.: General",
      original: "Original: English",
      agendaLine: "Item 94 of the provisional agenda*",
      footnote: "* A/65/150.",
    });
    expect(report).toMatchObject({ sessionLine: "Sixty-fifth session", dateLine: "20 July 2010", subtitle: "Report of the Secretary-General" });
    expect(report.sections.introduction.heading).toBe("I. Introduction");
    expect(report.sections.replies.heading).toBe("II. Replies received from Governments");
    expect(report.states[0]).toMatchObject({ name: "Cuba", originalLine: "[Original: Spanish]", receivedLine: "[27 May 2010]" });
  });

  it("prints the nil reply in the Secretariat's words, in the version's language", () => {
    const nil = { isNilReply: true, body: "", language: "ar" as const };
    expect(compileReport(source([reply("EGY", "Egypt", "a", nil)])).states[0]!.items[0]!.body).toBe("The Government has no views to convey on this question at this time.");
    expect(compileReport(source([reply("EGY", "Egypt", "a", nil)]), { locale: "fr" }).states[0]!.items[0]!.body).toBe("Le Gouvernement n’a pas de vues à communiquer sur cette question pour le moment.");
  });

  it("leaves restricted replies out of the public edition without any mark; the full edition marks them", () => {
    const replies = [reply("MEX", "Mexico", "a", { publication: "restricted", body: "Secret words" }), reply("CUB", "Cuba", "a")];
    const pub = compileReport(source(replies), "public");
    expect(pub.states.map((s) => s.name)).toEqual(["Cuba"]);
    expect(JSON.stringify({ sections: pub.sections, states: pub.states })).not.toMatch(/Secret words|Restricted:|Mexico|not reproduced/);
    expect(typstData(pub)).not.toMatch(/Secret words|Restricted:|Mexico|not reproduced/);
    const full = compileReport(source(replies), "full");
    expect(full.states.map((s) => s.name)).toEqual(["Cuba", "Mexico"]);
    expect(full.states[1]!.restricted).toBe(true);
  });

  it("lists the States in each version's alphabetical order, with [Original: ...] in the version's language", () => {
    const replies = [reply("RUS", "Russian Federation", "a", { language: "ru" }), reply("CHN", "China", "a", { language: "zh" }), reply("EGY", "Egypt", "a", { language: "ar" }), reply("CUB", "Cuba", "a", { language: "es" })];
    const ar = compileReport(source(replies), { locale: "ar" });
    // Arabic order ignores the article: (ال)اتحاد الروسي, (ال)صين, كوبا, مصر
    expect(ar.states.map((s) => s.iso3)).toEqual(["RUS", "CHN", "CUB", "EGY"]);
    expect(ar.states.find((s) => s.iso3 === "EGY")!.originalLine).toBe("[الأصل: بالعربية]");
    expect(ar.dir).toBe("rtl");
    const zh = compileReport(source(replies), { locale: "zh" });
    expect(zh.states.map((s) => s.name)).toEqual(["埃及", "俄罗斯联邦", "古巴", "中国"]);
    const fr = compileReport(source(replies), { locale: "fr" });
    expect(fr.states.map((s) => s.name)).toEqual(["Chine", "Cuba", "Égypte", "Fédération de Russie"]);
    expect(fr.states[0]!.originalLine).toBe("[Original : chinois]");
    expect(fr.sessionLine).toBe("Soixante-cinquième session");
    expect(compileReport(source(replies), { locale: "es" }).sections.introduction.heading).toBe("I. Introducción");
    expect(compileReport(source(replies), { locale: "ru" }).states.find((s) => s.iso3 === "CUB")!.originalLine).toBe("[Подлинный текст на испанском языке]");
  });
});

describe("helpers", () => {
  it("puts the operative verb in the past", () => {
    expect(["Invites", "Calls upon", "Requests", "Decides", "Expresses", "Welcomes"].map(pastTense)).toEqual([
      "invited",
      "called upon",
      "requested",
      "decided",
      "expressed",
      "welcomed",
    ]);
  });
  it("drops the list's punctuation from a heading", () => {
    expect(itemHeading("The content of the concepts mentioned in paragraph 2 above;")).toBe("The content of the concepts mentioned in paragraph 2 above");
  });
  it("fingerprints the set of revisions, whatever the order", () => {
    const a = { submissionId: 1, revisionId: 10 };
    const b = { submissionId: 2, revisionId: 20 };
    expect(fingerprintOf([a, b])).toBe(fingerprintOf([b, a]));
    expect(fingerprintOf([a, b])).not.toBe(fingerprintOf([a, { submissionId: 2, revisionId: 21 }]));
  });
});

describe("markdownToBlocks", () => {
  it("keeps emphasis, lists, quotes and links, and a reply's HTML as literal text", () => {
    expect(markdownToBlocks("# Summary\n\n**Bold** and *italic* <b>x</b>\n\n1. one\n2. two\n\n> quoted\n\n[UN](https://www.un.org)")).toEqual([
      { kind: "subheading", runs: [{ text: "Summary" }] },
      { kind: "paragraph", runs: [{ text: "Bold", bold: true }, { text: " and " }, { text: "italic", italic: true }, { text: " <b>x</b>" }] },
      { kind: "item", marker: "1.", depth: 0, runs: [{ text: "one" }] },
      { kind: "item", marker: "2.", depth: 0, runs: [{ text: "two" }] },
      { kind: "quote", runs: [{ text: "quoted" }] },
      { kind: "paragraph", runs: [{ text: "UN (https://www.un.org)" }] },
    ]);
  });
});
