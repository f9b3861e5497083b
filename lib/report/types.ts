import type { Locale } from "@/lib/i18n/locales";
import type { NameHistory } from "@/lib/membership/as-of";
import type { ReportMandate } from "./mandate";
import type { Language } from "@/lib/validation/submission";

/** The data a report is compiled from, and the compiled document that the preview, the DOCX and the PDF render. */

export type Publication = "public" | "restricted";

/**
 * "full": every accepted reply, the restricted ones marked (for the Secretariat and Member States).
 * "public": restricted replies left out, without any mark that they exist.
 */
export type Edition = "full" | "public";

export interface SourceReply {
  submissionId: number;
  /** The exact revision reproduced: the one submitted, never a draft. */
  revisionId: number;
  /**
   * `name` is today's English short name; the report prints the name of its own date in its language, from
   * `history` (the database's name history of the State).
   */
  state: { iso3: string; name: string; history: NameHistory };
  letter: string;
  body: string;
  language: Language;
  isNilReply: boolean;
  publication: Publication;
  /** When the reproduced revision was received. */
  receivedAt: Date;
}

export interface ReportSource {
  resolution: { symbol: string; number: string; title: string; adoptedOn: string };
  /** The resolution mandating the cycle, as the database records it (64/25 for the sixty-fifth session). */
  mandate: ReportMandate;
  /** The paragraph that asks for the views (paragraph 3 of 62/17), with its operative verb. */
  paragraph: { number: number; verb: string; text: string };
  items: readonly { letter: string; text: string }[];
  cycle: {
    targetSession: number;
    reportSymbol: string | null;
    reportAgendaItem: number | null;
    noteVerbaleDate: string;
    noteVerbaleSymbol: string | null;
  };
  /** 0 for the report, 1, 2, ... for its addenda. */
  addendum: number;
  /** The issue date (ISO) of an issued document; null for a draft. */
  issuedOn: string | null;
  /** The main report's issue date, which an addendum's introduction cites; null when unknown. */
  mainIssuedOn: string | null;
  replies: readonly SourceReply[];
}

export interface CompileOptions {
  edition?: Edition;
  /** The language version: its fixed texts, State names and order. */
  locale?: Locale;
  /** The day a draft's names are taken on (an issued document uses its issue date). */
  today?: string;
}

export type IntroBlock = { kind: "paragraph"; number: number; text: string } | { kind: "list"; items: { label: string; text: string }[] };

export interface CompiledItem {
  letter: string;
  /** "(a) General appreciation ...": printed only where the Government answered the questions one by one. */
  heading: string | null;
  /** Markdown text of the reply; the Secretariat's nil-reply sentence for a nil reply. */
  body: string;
  isNilReply: boolean;
  language: Language;
  restricted: boolean;
  submissionId: number;
  revisionId: number;
}

export interface CompiledState {
  iso3: string;
  /** The State's name in the version's language, as it stood on the document's date. */
  name: string;
  /** "[Original: Spanish]", in the version's language */
  originalLine: string;
  /** "[27 May 2010]" */
  receivedLine: string;
  restricted: boolean;
  items: CompiledItem[];
}

/** The fixed texts of the masthead, in the version's language. */
export interface Masthead {
  unitedNations: string;
  organ: string;
  distribution: string;
  /** "Original: English" (with the version's language above it in the other versions) */
  original: string;
  /** "Item 94 of the provisional agenda*", or null when the item is not recorded. */
  agendaLine: string | null;
  /** "* A/65/150.", or null when the preliminary list's symbol is not known. */
  footnote: string | null;
}

export interface CompiledReport {
  locale: Locale;
  dir: "ltr" | "rtl";
  symbol: string;
  baseSymbol: string;
  addendum: number;
  edition: Edition;
  isDraft: boolean;
  session: number;
  masthead: Masthead;
  /** "Sixty-fifth session" */
  sessionLine: string;
  /** Kept for the pages: masthead.agendaLine */
  agendaLine: string | null;
  /** The agenda item's title, which is the resolution's. */
  title: string;
  subtitle: string;
  /** "Addendum" for an addendum, else null. */
  addendumLine: string | null;
  /** "20 July 2010", or "Draft: not issued". */
  dateLine: string;
  contentsHeading: string;
  pageLabel: string;
  noRepliesLine: string;
  restrictedLabel: string;
  sections: { introduction: { heading: string; blocks: IntroBlock[] }; replies: { heading: string } };
  states: CompiledState[];
  /** Replies in the document (one per State and item). */
  replyCount: number;
  /** Restricted replies left out of a public edition (counted for the Secretariat, never printed). */
  omittedRestricted: number;
  /** Identifies exactly which revisions the document reproduces (to check a confirmation against). */
  fingerprint: string;
}
