/**
 * The reporting timeline of resolution 62/17 to the sixty-fifth session.
 *
 * Every date carries its source or is marked as an assumption (`assumption`: why it is assumed).
 * Deadlines are New York wall-clock times (lib/time.ts).
 */

export const GA_SESSIONS = [
  { number: 62, openingDate: "2007-09-18", source: "A/62/PV.1" },
  { number: 63, openingDate: "2008-09-16", source: "A/63/PV.1" },
  { number: 64, openingDate: "2009-09-15", source: "A/64/PV.1" },
  { number: 65, openingDate: "2010-09-14", source: "A/65/PV.1" },
] as const;

export interface CycleSeed {
  targetSession: number;
  noteVerbaleDate: string;
  /** New York local time */
  deadline: string;
  reportSymbol: string;
  reportAgendaItem: number | null;
  /** Set when the report was issued before the demo's world begins: the cycle is then closed. */
  reportIssuedOn: string | null;
  /** The historical issue date (milestone), known or assumed. */
  historicalReportDate: string;
  assumptions: string | null;
}

export const CYCLES: readonly CycleSeed[] = [
  {
    targetSession: 63,
    noteVerbaleDate: "2008-02-15",
    deadline: "2008-05-31T23:59",
    reportSymbol: "A/63/139",
    reportAgendaItem: null,
    reportIssuedOn: "2008-07-18",
    historicalReportDate: "2008-07-18",
    assumptions:
      "Note verbale date (15 February 2008), deadline (31 May 2008) and issue date of A/63/139 (18 July 2008) are assumptions following the Secretariat's yearly pattern; the agenda item number is not recorded.",
  },
  {
    targetSession: 64,
    noteVerbaleDate: "2009-02-13",
    deadline: "2009-05-31T23:59",
    reportSymbol: "A/64/129",
    reportAgendaItem: null,
    reportIssuedOn: "2009-07-08",
    historicalReportDate: "2009-07-08",
    assumptions:
      "Note verbale date (13 February 2009), deadline (31 May 2009) and issue date of A/64/129 (8 July 2009) are assumptions following the Secretariat's yearly pattern; the agenda item number is not recorded.",
  },
  {
    targetSession: 65,
    noteVerbaleDate: "2010-02-26",
    deadline: "2010-05-31T23:59",
    reportSymbol: "A/65/154",
    reportAgendaItem: 94,
    // Left open in the seed so the Secretariat can review, compile and issue it in the app.
    reportIssuedOn: null,
    historicalReportDate: "2010-07-20",
    assumptions:
      "The note verbale of 26 February 2010 is documented (A/65/154, introduction). The deadline of 31 May 2010 is an assumption (replies arrived mostly in May and June). Agenda item 94 is the item of A/65/201; A/65/154 is taken to share it.",
  },
];

export type MilestoneKindSeed =
  | "adoption"
  | "agenda"
  | "note_verbale"
  | "reply_deadline"
  | "report_issued"
  | "expert_group_established"
  | "expert_group_session"
  | "expert_group_report"
  | "session_opening"
  | "consideration";

export interface MilestoneSeed {
  key: string;
  kind: MilestoneKindSeed;
  title: string;
  /** Paragraph of 62/17 that mandates it; null for the adoption itself. */
  paragraph: number | null;
  /** New York local date or date-time */
  dueAt: string;
  /** When it really happened; null when it had not happened in the world the seed describes. */
  doneOn: string | null;
  cycleSession?: number;
  expertGroupSession?: number;
  documentSymbol?: string;
  assumption?: string;
  source?: string;
}

/** Milestones that are not derived from the cycles or the expert group's sessions. */
export const FIXED_MILESTONES: readonly MilestoneSeed[] = [
  {
    key: "adoption",
    kind: "adoption",
    title: "Resolution 62/17 adopted by the General Assembly (61st plenary meeting)",
    paragraph: null,
    dueAt: "2007-12-05",
    doneOn: "2007-12-05",
    documentSymbol: "A/RES/62/17",
    source: "A/RES/62/17",
  },
  {
    key: "agenda-63",
    kind: "agenda",
    title: "Item on the provisional agenda of the sixty-third session",
    paragraph: 5,
    dueAt: "2008-09-16",
    doneOn: "2008-09-16",
    source: "Paragraph 5; the session opened on 16 September 2008",
  },
  {
    key: "consideration-63",
    kind: "consideration",
    title: "Sixty-third session considers the item and adopts resolution 63/37",
    paragraph: 5,
    dueAt: "2008-12-02",
    doneOn: "2008-12-02",
    documentSymbol: "A/RES/63/37",
    assumption: "Adoption date of 63/37 (2 December 2008) from the General Assembly's records as remembered; to be verified.",
  },
  {
    key: "session-65",
    kind: "session_opening",
    title: "Opening of the sixty-fifth session, to which the expert group's study is reported",
    paragraph: 4,
    dueAt: "2010-09-14",
    doneOn: "2010-09-14",
    source: "A/65/PV.1",
  },
  {
    key: "consideration-65",
    kind: "consideration",
    title: "Sixty-fifth session considers the Secretary-General's report on the study",
    paragraph: 4,
    dueAt: "2010-12-08",
    doneOn: "2010-12-08",
    documentSymbol: "A/RES/65/41",
    assumption: "Adoption date of 65/41 (8 December 2010) from the General Assembly's records as remembered; to be verified.",
  },
];
