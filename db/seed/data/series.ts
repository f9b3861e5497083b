/**
 * The series of General Assembly resolutions "Developments in the field of information and telecommunications in
 * the context of international security", 53/70 (1998) to 65/41 (2010), with the reports of the Secretary-General
 * and of the groups of governmental experts, and the reporting cycles from 62/17 on.
 *
 * Provenance: every date, symbol and number is a `Fact` carrying a `source` (the document or page it was read in)
 * or an `assumption` (why it is assumed, and the best estimate used). A fact can carry both when the source is
 * indirect. Abbreviations in sources: "62/17 preamble" = A/RES/62/17, first preambular paragraph, whose text is in
 * db/seed/source/A-RES-62-17.txt; "62/17 fn. 3" = its footnote 3.
 *
 * In each year of the series the resolution invites the views of Member States and the Secretary-General reports
 * them to the next session: 62/17 -> sixty-third session (A/63/139), 63/37 -> sixty-fourth (A/64/129 and Add.1),
 * 64/25 -> sixty-fifth (A/65/154), 65/41 -> sixty-sixth (A/66/152).
 */

export type Provenance = { source: string; assumption?: string } | { source?: string; assumption: string };
export type Fact<T> = { value: T } & Provenance;

const PREAMBLE = "A/RES/62/17, first preambular paragraph (db/seed/source/A-RES-62-17.txt)";
const FN3 = "A/RES/62/17, footnote 3";

export interface SeriesResolution {
  /** "62/17" */
  number: string;
  /** "A/RES/62/17" */
  symbol: string;
  session: number;
  adoptedOn: Fact<string>;
  agendaItem: Fact<number> | null;
  /** The session to which the Secretary-General reports the views this resolution invites */
  reportsToSession: Fact<number>;
  /** Other requests of note (expert groups) */
  alsoRequests?: Fact<string>;
}

export const SERIES_RESOLUTIONS: readonly SeriesResolution[] = [
  ...(
    [
      ["53/70", "1998-12-04"],
      ["54/49", "1999-12-01"],
      ["55/28", "2000-11-20"],
      ["56/19", "2001-11-29"],
      ["57/53", "2002-11-22"],
      ["58/32", "2003-12-08"],
      ["59/61", "2004-12-03"],
      ["60/45", "2005-12-08"],
      ["61/54", "2006-12-06"],
    ] as const
  ).map(([number, adoptedOn]): SeriesResolution => {
    const session = Number(number.split("/")[0]);
    return {
      number,
      symbol: `A/RES/${number}`,
      session,
      adoptedOn: { value: adoptedOn, source: PREAMBLE },
      agendaItem: null,
      reportsToSession: {
        value: session + 1,
        source: "A/RES/62/17 preamble (views submitted pursuant to paragraphs 1 to 3 of each resolution) and footnote 3",
        assumption:
          session === 61
            ? "That 61/54 asks for a report to the sixty-second session follows the yearly pattern; that report is not among those listed in footnote 3 of 62/17."
            : "The link of each resolution to the next session's report follows the yearly pattern and the order of footnote 3; the resolutions' own texts were not read.",
      },
      ...(number === "58/32"
        ? {
            alsoRequests: {
              value: "A group of governmental experts, established in 2004, whose report is A/60/202",
              source: "A/RES/62/17 preamble ('the Secretary-General, in fulfilment of resolution 58/32, established in 2004 a group of governmental experts') and footnote 4",
            },
          }
        : number === "60/45"
          ? {
              alsoRequests: {
                value: "A group of governmental experts to be established in 2009, reporting to the sixty-fifth session (A/65/201)",
                source: "db/seed/expert-group.ts: the Secretary-General's note transmitting A/65/201 cites resolution 60/45 (para. 4)",
              },
            }
          : {}),
    };
  }),
  {
    number: "62/17",
    symbol: "A/RES/62/17",
    session: 62,
    adoptedOn: { value: "2007-12-05", source: "A/RES/62/17 ('Resolution adopted by the General Assembly on 5 December 2007'; 61st plenary meeting)" },
    agendaItem: { value: 93, source: "A/RES/62/17 masthead ('Agenda item 93')" },
    reportsToSession: {
      value: 63,
      source: "A/RES/62/17 paras. 3 and 5 (views invited; item on the provisional agenda of the sixty-third session); report A/63/139",
    },
    alsoRequests: {
      value: "A group of governmental experts, to be established in 2009, reporting to the sixty-fifth session (A/65/201)",
      source: "A/RES/62/17 para. 4",
    },
  },
  {
    number: "63/37",
    symbol: "A/RES/63/37",
    session: 63,
    adoptedOn: {
      value: "2008-12-02",
      source: "UN press release GA/10792 of 2 December 2008: the Assembly adopted the texts recommended by its First Committee that day (61st plenary meeting)",
      assumption: "That 63/37 is among those texts is inferred; the resolution's own masthead was not seen.",
    },
    agendaItem: null,
    reportsToSession: {
      value: 64,
      assumption: "By the yearly pattern (para. 3 invites views; the Secretary-General reports to the next session, A/64/129 and Add.1); the text of 63/37 was not read.",
    },
  },
  {
    number: "64/25",
    symbol: "A/RES/64/25",
    session: 64,
    adoptedOn: {
      value: "2009-12-02",
      source: "UN press release GA/10898 of 2 December 2009: the Assembly adopted 54 texts recommended by its First Committee that day (55th plenary meeting)",
      assumption: "That 64/25 is among those texts is inferred; the resolution's own masthead was not seen.",
    },
    agendaItem: null,
    reportsToSession: {
      value: 65,
      source: "A/65/154, para. 1 ('In paragraph 3 of its resolution 64/25, the General Assembly invited all Member States to continue to inform the Secretary-General ...'), copy at database.cyberpolicyportal.org",
    },
  },
  {
    number: "65/41",
    symbol: "A/RES/65/41",
    session: 65,
    adoptedOn: {
      value: "2010-12-08",
      source: "UN press release GA/11033 of 8 December 2010: the Assembly adopted 58 texts recommended by its First Committee that day (60th plenary meeting)",
      assumption: "That 65/41 is among those texts is inferred; the resolution's own masthead was not seen.",
    },
    agendaItem: null,
    reportsToSession: {
      value: 66,
      assumption: "By the yearly pattern; the report to the sixty-sixth session is A/66/152. The text of 65/41 was not read.",
    },
  },
];

export type SeriesDocumentKind = "sg_report" | "addendum" | "corrigendum" | "expert_group_report";

export interface SeriesDocument {
  symbol: Fact<string>;
  kind: SeriesDocumentKind;
  /** The session the document is issued for */
  session: number;
  /** Number of the resolution that asked for it */
  mandatedBy: Fact<string>;
  /** Date of issue (the date in the masthead); null when not established */
  issuedOn: Fact<string> | null;
  agendaItem: Fact<number> | null;
}

/** A report of the Secretary-General of footnote 3 of 62/17, with the corrigenda and addenda listed there. */
function footnote3(session: number, base: string, parts: readonly string[]): SeriesDocument[] {
  const previous: Record<number, string> = {
    54: "53/70", 55: "54/49", 56: "55/28", 57: "56/19", 58: "57/53", 59: "58/32", 60: "59/61", 61: "60/45",
  };
  const mandate: Fact<string> = {
    value: previous[session] ?? "",
    assumption: "The previous year's resolution, by the yearly pattern and the order of footnote 3; the reports' introductions were not read.",
  };
  return [base, ...parts.map((p) => `${base}/${p}`)].map((symbol) => ({
    symbol: { value: symbol, source: FN3 },
    kind: symbol.endsWith("/Corr.1") ? "corrigendum" : symbol.includes("/Add.") ? "addendum" : "sg_report",
    session,
    mandatedBy: mandate,
    issuedOn: null,
    agendaItem: null,
  }));
}

export const SERIES_DOCUMENTS: readonly SeriesDocument[] = [
  ...footnote3(54, "A/54/213", []),
  ...footnote3(55, "A/55/140", ["Corr.1", "Add.1"]),
  ...footnote3(56, "A/56/164", ["Add.1"]),
  ...footnote3(57, "A/57/166", ["Add.1"]),
  ...footnote3(58, "A/58/373", []),
  ...footnote3(59, "A/59/116", ["Add.1"]),
  ...footnote3(60, "A/60/95", ["Add.1"]),
  ...footnote3(61, "A/61/161", ["Add.1"]),
  {
    symbol: { value: "A/60/202", source: "A/RES/62/17, footnote 4" },
    kind: "expert_group_report",
    session: 60,
    mandatedBy: { value: "58/32", source: "A/RES/62/17 preamble (group established in 2004 in fulfilment of resolution 58/32)" },
    issuedOn: { value: "2005-08-05", assumption: "Date as remembered (August 2005); not verified." },
    agendaItem: null,
  },
  {
    symbol: { value: "A/63/139", source: "db/seed/timeline.ts; issue 10" },
    kind: "sg_report",
    session: 63,
    mandatedBy: { value: "62/17", source: "A/RES/62/17 paras. 3 and 5" },
    issuedOn: { value: "2008-07-18", assumption: "Estimate following the Secretariat's yearly pattern (as in db/seed/timeline.ts); not verified." },
    agendaItem: null,
  },
  {
    symbol: { value: "A/64/129", source: "db/seed/timeline.ts; issue 10" },
    kind: "sg_report",
    session: 64,
    mandatedBy: { value: "63/37", assumption: "By the yearly pattern; the report's introduction was not read." },
    issuedOn: { value: "2009-07-08", assumption: "Estimate following the Secretariat's yearly pattern (as in db/seed/timeline.ts); not verified." },
    agendaItem: null,
  },
  {
    symbol: { value: "A/64/129/Add.1", source: "Issue 10 (A/64/129 and Add.1)" },
    kind: "addendum",
    session: 64,
    mandatedBy: { value: "63/37", assumption: "As for A/64/129." },
    issuedOn: { value: "2009-09-15", assumption: "Not found. Estimate: addenda for late replies usually appear by the opening of the session (15 September 2009)." },
    agendaItem: null,
  },
  {
    symbol: { value: "A/65/154", source: "A/65/154 (copy at database.cyberpolicyportal.org); UNODA Study Series 33, part 2" },
    kind: "sg_report",
    session: 65,
    mandatedBy: { value: "64/25", source: "A/65/154, para. 1" },
    issuedOn: {
      value: "2010-07-20",
      assumption: "The masthead date was not seen; 20 July 2010 is the estimate of db/seed/timeline.ts (mid-July 2010; another recollection says 15 July 2010).",
    },
    agendaItem: {
      value: 94,
      source: "A/65/201 (item 94 of the provisional agenda of the sixty-fifth session)",
      assumption: "That A/65/154 bears the same item as A/65/201 is assumed.",
    },
  },
  {
    symbol: { value: "A/65/201", source: "A/65/201 (copy at database.cyberpolicyportal.org); UNODA, 'Developments in the field of information and telecommunications in the context of international security' page" },
    kind: "expert_group_report",
    session: 65,
    mandatedBy: { value: "60/45", source: "db/seed/expert-group.ts (the note transmitting A/65/201 cites 60/45); requested again in 62/17 para. 4" },
    issuedOn: { value: "2010-07-30", source: "A/65/201 masthead (db/seed/expert-group.ts)" },
    agendaItem: { value: 94, source: "A/65/201 masthead (db/seed/expert-group.ts)" },
  },
  {
    symbol: { value: "A/66/152", source: "UNODA Study Series 33 (contents: 'A/66/152 Report of the Secretary-General')" },
    kind: "sg_report",
    session: 66,
    mandatedBy: { value: "65/41", assumption: "By the yearly pattern; the report's introduction was not read." },
    issuedOn: { value: "2011-07-15", assumption: "Not found. Estimate: mid-July 2011, as for the earlier reports." },
    agendaItem: null,
  },
];

export interface RequestedItem {
  letter: "a" | "b" | "c" | "d";
  text: string;
}

const ITEMS_62_17: readonly RequestedItem[] = [
  { letter: "a", text: "General appreciation of the issues of information security;" },
  { letter: "b", text: "Efforts taken at the national level to strengthen information security and promote international cooperation in this field;" },
  { letter: "c", text: "The content of the concepts mentioned in paragraph 2 above;" },
  { letter: "d", text: "Possible measures that could be taken by the international community to strengthen information security at the global level;" },
];

export interface ReportingCycleSeed {
  /** The session the report is for */
  targetSession: number;
  /** The resolution whose paragraph 3 invites the views ("64/25") */
  mandatedBy: Fact<string>;
  mandateParagraph: Fact<number>;
  /** The words of the invitation (paragraph 3, chapeau) */
  invitation: Fact<string>;
  items: Fact<readonly RequestedItem[]>;
  noteVerbaleOn: Fact<string> | null;
  /** Reply deadline, New York day; null when not known */
  deadline: Fact<string> | null;
  /** Symbols of the report and its addenda, in SERIES_DOCUMENTS */
  reportSymbols: readonly string[];
  /** The report's introduction as issued, when a copy was read */
  introduction?: Fact<readonly string[]>;
}

const INVITATION = "all Member States to continue to inform the Secretary-General of their views and assessments on the following questions:";

export const REPORTING_CYCLES: readonly ReportingCycleSeed[] = [
  {
    targetSession: 63,
    mandatedBy: { value: "62/17", source: "A/RES/62/17 paras. 3 and 5" },
    mandateParagraph: { value: 3, source: "A/RES/62/17 para. 3" },
    invitation: { value: `Invites ${INVITATION}`, source: "A/RES/62/17 para. 3" },
    items: { value: ITEMS_62_17, source: "A/RES/62/17 para. 3 (a)-(d)" },
    noteVerbaleOn: { value: "2008-02-15", assumption: "Estimate following the yearly pattern (db/seed/timeline.ts); not verified." },
    deadline: { value: "2008-05-31", assumption: "Estimate (db/seed/timeline.ts); not verified." },
    reportSymbols: ["A/63/139"],
  },
  {
    targetSession: 64,
    mandatedBy: { value: "63/37", assumption: "By the yearly pattern; A/64/129 was not read." },
    mandateParagraph: { value: 3, assumption: "Same structure as 62/17 assumed." },
    invitation: { value: `Invites ${INVITATION}`, assumption: "Same words as 62/17 para. 3 assumed; 63/37 was not read." },
    items: { value: ITEMS_62_17, assumption: "Same questions as 62/17 assumed (64/25 has them, per A/65/154)." },
    noteVerbaleOn: { value: "2009-02-13", assumption: "Estimate following the yearly pattern (db/seed/timeline.ts); not verified." },
    deadline: { value: "2009-05-31", assumption: "Estimate (db/seed/timeline.ts); not verified." },
    reportSymbols: ["A/64/129", "A/64/129/Add.1"],
  },
  {
    targetSession: 65,
    mandatedBy: { value: "64/25", source: "A/65/154, para. 1" },
    mandateParagraph: { value: 3, source: "A/65/154, para. 1 ('In paragraph 3 of its resolution 64/25')" },
    invitation: { value: `Invites ${INVITATION}`, source: "A/65/154, para. 1 (reported speech of para. 3 of 64/25)" },
    items: {
      value: ITEMS_62_17,
      source: "A/65/154, para. 1 lists (a)-(d) with the same words, (c) reading 'The content of the concepts mentioned in paragraph 2 of the resolution'",
    },
    noteVerbaleOn: { value: "2010-02-26", source: "A/65/154, para. 2 ('on 26 February 2010, a note verbale was sent to Member States')" },
    deadline: { value: "2010-05-31", assumption: "Not stated in A/65/154; estimate (db/seed/timeline.ts). The first reply printed (Cuba) is dated 27 May 2010." },
    reportSymbols: ["A/65/154"],
    introduction: {
      value: [
        "In paragraph 3 of its resolution 64/25, the General Assembly invited all Member States to continue to inform the Secretary-General of their views and assessments on the following questions:",
        "Pursuant to that request, on 26 February 2010, a note verbale was sent to Member States inviting them to provide information on the subject. The replies received are contained in section II below. Any additional replies received will be issued as addenda to the present report.",
      ],
      source: "A/65/154, paras. 1-2 (copy at database.cyberpolicyportal.org)",
    },
  },
  {
    targetSession: 66,
    mandatedBy: { value: "65/41", assumption: "By the yearly pattern; A/66/152 was not read." },
    mandateParagraph: { value: 3, assumption: "Same structure as 62/17 assumed." },
    invitation: {
      value: `Invites all Member States, taking into account the assessments and recommendations contained in the report of the Group of Governmental Experts, to continue to inform the Secretary-General of their views and assessments on the following questions:`,
      assumption:
        "The clause 'taking into account the assessments and recommendations contained in the report of the Group of Governmental Experts' is worded as in the same paragraph of later resolutions (A/RES/70/237 para. 3, copy at dig.watch; UNODA on 66/24); that 65/41 uses exactly these words is assumed.",
    },
    items: { value: ITEMS_62_17, assumption: "Same questions as 62/17 assumed (later resolutions keep them)." },
    noteVerbaleOn: null,
    deadline: null,
    reportSymbols: ["A/66/152"],
  },
];

/** The General Assembly sessions of the series (opening days). */
export const SESSIONS: readonly { number: number; opensOn: Fact<string> }[] = [
  { number: 62, opensOn: { value: "2007-09-18", source: "A/62/PV.1 (db/seed/timeline.ts)" } },
  { number: 63, opensOn: { value: "2008-09-16", source: "A/63/PV.1 (db/seed/timeline.ts)" } },
  { number: 64, opensOn: { value: "2009-09-15", source: "A/64/PV.1 (db/seed/timeline.ts)" } },
  { number: 65, opensOn: { value: "2010-09-14", source: "A/65/PV.1 (db/seed/timeline.ts)" } },
  { number: 66, opensOn: { value: "2011-09-13", assumption: "As remembered; not verified." } },
];

export function resolutionByNumber(number: string): SeriesResolution | undefined {
  return SERIES_RESOLUTIONS.find((r) => r.number === number);
}

export function documentBySymbol(symbol: string): SeriesDocument | undefined {
  return SERIES_DOCUMENTS.find((d) => d.symbol.value === symbol);
}

export function cycleForSession(session: number): ReportingCycleSeed | undefined {
  return REPORTING_CYCLES.find((c) => c.targetSession === session);
}

/** The resolution that mandates the report to `session` ("64/25" for the sixty-fifth). */
export function mandateForSession(session: number): SeriesResolution | undefined {
  const cycle = cycleForSession(session);
  return cycle ? resolutionByNumber(cycle.mandatedBy.value) : SERIES_RESOLUTIONS.find((r) => r.reportsToSession.value === session);
}
