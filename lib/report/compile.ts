import { ordinalWords } from "@/lib/ordinal";
import { formatUnDate } from "@/lib/time";
import { LANGUAGE_NAMES, NIL_REPLY_TEXT, type Language } from "@/lib/validation/submission";

/**
 * The Secretary-General's report on the replies received under paragraph 3, compiled from data rows
 * into one structure that the preview page, the DOCX and the PDF all render. Pure: no database, no
 * clock, so the same rows always give the same document.
 */

export type Publication = "public" | "restricted";

/**
 * "full": every accepted reply, the restricted ones marked (for the Secretariat and Member States).
 * "public": restricted replies left out, as on the public pages.
 */
export type Edition = "full" | "public";

export interface SourceReply {
  submissionId: number;
  /** The exact revision reproduced: the one submitted, never a draft. */
  revisionId: number;
  state: { iso3: string; name: string };
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

export type IntroBlock = { kind: "paragraph"; number: number; text: string } | { kind: "list"; items: { label: string; text: string }[] };

export interface CompiledItem {
  letter: string;
  /** The item in the resolution's words, as the heading of the State's answer. */
  heading: string;
  /** Markdown text of the reply; the nil reply's sentence for a nil reply. */
  body: string;
  isNilReply: boolean;
  language: Language;
  restricted: boolean;
  submissionId: number;
  revisionId: number;
}

export interface CompiledState {
  iso3: string;
  name: string;
  /** "[Original: English]" */
  originalLine: string;
  /** "[27 May 2010]" */
  receivedLine: string;
  restricted: boolean;
  items: CompiledItem[];
}

export interface CompiledReport {
  symbol: string;
  baseSymbol: string;
  addendum: number;
  edition: Edition;
  isDraft: boolean;
  session: number;
  /** "Sixty-fifth session" */
  sessionLine: string;
  /** "Item 94 of the provisional agenda", or null when the item is not recorded. */
  agendaLine: string | null;
  /** The agenda item's title, which is the resolution's. */
  title: string;
  subtitle: string;
  /** "Addendum" for an addendum, else null. */
  addendumLine: string | null;
  /** "20 July 2010", or "Draft: not issued". */
  dateLine: string;
  sections: { introduction: { heading: string; blocks: IntroBlock[] }; replies: { heading: string } };
  states: CompiledState[];
  /** Replies in the document (one per State and item). */
  replyCount: number;
  /** Restricted replies left out of a public edition. */
  omittedRestricted: number;
  /** Identifies exactly which revisions the document reproduces (to check a confirmation against). */
  fingerprint: string;
}

export const INTRODUCTION_HEADING = "I. Introduction";
export const REPLIES_HEADING = "II. Replies received from Governments";
export const RESTRICTED_LABEL = "Restricted: for the Secretariat and Member States only";

const collator = new Intl.Collator("en", { sensitivity: "base", ignorePunctuation: false });

export function compileReport(source: ReportSource, edition: Edition = "full"): CompiledReport {
  const baseSymbol = source.cycle.reportSymbol ?? `A/${source.cycle.targetSession}/—`;
  const symbol = source.addendum > 0 ? `${baseSymbol}/Add.${source.addendum}` : baseSymbol;
  const itemOrder = new Map(source.items.map((i, n) => [i.letter, n]));
  const headings = new Map(source.items.map((i) => [i.letter, itemHeading(i.text)]));

  const included = source.replies.filter((r) => edition === "full" || r.publication === "public");
  const byState = new Map<string, SourceReply[]>();
  for (const r of included) {
    const list = byState.get(r.state.iso3) ?? [];
    list.push(r);
    byState.set(r.state.iso3, list);
  }

  const states: CompiledState[] = [...byState.values()]
    .map((replies) => {
      const sorted = [...replies].sort((a, b) => (itemOrder.get(a.letter) ?? 99) - (itemOrder.get(b.letter) ?? 99));
      const languages = [...new Set(sorted.map((r) => LANGUAGE_NAMES[r.language]))];
      const received = sorted.reduce((latest, r) => (r.receivedAt > latest ? r.receivedAt : latest), sorted[0]!.receivedAt);
      const items = sorted.map<CompiledItem>((r) => ({
        letter: r.letter,
        heading: headings.get(r.letter) ?? `Item (${r.letter})`,
        body: r.isNilReply ? NIL_REPLY_TEXT : r.body,
        isNilReply: r.isNilReply,
        language: r.language,
        restricted: r.publication === "restricted",
        submissionId: r.submissionId,
        revisionId: r.revisionId,
      }));
      return {
        iso3: sorted[0]!.state.iso3,
        name: sorted[0]!.state.name,
        originalLine: `[Original: ${joinAnd(languages)}]`,
        receivedLine: `[${formatUnDate(received)}]`,
        restricted: items.some((i) => i.restricted),
        items,
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name));

  const omittedRestricted = source.replies.length - included.length;
  return {
    symbol,
    baseSymbol,
    addendum: source.addendum,
    edition,
    isDraft: source.issuedOn === null,
    session: source.cycle.targetSession,
    sessionLine: `${capitalise(ordinalWords(source.cycle.targetSession))} session`,
    agendaLine: source.cycle.reportAgendaItem ? `Item ${source.cycle.reportAgendaItem} of the provisional agenda` : null,
    title: source.resolution.title,
    subtitle: "Report of the Secretary-General",
    addendumLine: source.addendum > 0 ? "Addendum" : null,
    dateLine: source.issuedOn ? formatUnDate(source.issuedOn) : "Draft: not issued",
    sections: {
      introduction: { heading: INTRODUCTION_HEADING, blocks: introduction(source, baseSymbol, edition, omittedRestricted, included) },
      replies: { heading: REPLIES_HEADING },
    },
    states,
    replyCount: included.length,
    omittedRestricted,
    fingerprint: fingerprintOf(source.replies),
  };
}

function introduction(source: ReportSource, baseSymbol: string, edition: Edition, omitted: number, included: readonly SourceReply[]): IntroBlock[] {
  const { resolution: r, paragraph: p, cycle } = source;
  const noteVerbale = `a note verbale${cycle.noteVerbaleSymbol ? ` (${cycle.noteVerbaleSymbol})` : ""}`;
  const blocks: IntroBlock[] = [];
  let n = 0;
  const para = (text: string) => blocks.push({ kind: "paragraph", number: ++n, text });
  if (source.addendum === 0) {
    para(
      `On ${formatUnDate(r.adoptedOn)}, the General Assembly adopted resolution ${r.number}, entitled “${r.title}”. ` +
        `In paragraph ${p.number} of the resolution, the Assembly ${pastTense(p.verb)} ${p.text}`,
    );
    blocks.push({ kind: "list", items: source.items.map((i) => ({ label: `(${i.letter})`, text: i.text })) });
    para(
      `Pursuant to that request, on ${formatUnDate(cycle.noteVerbaleDate)} the Secretariat sent ${noteVerbale} to Member States inviting them to provide information on the subject. ` +
        `The replies received are reproduced in section II below. Any additional replies received will be issued as addenda to the present report.`,
    );
  } else {
    para(
      `The present addendum to the report of the Secretary-General (${baseSymbol})${source.mainIssuedOn ? ` of ${formatUnDate(source.mainIssuedOn)}` : ""} ` +
        `reproduces the replies received from Governments, in response to the note verbale of ${formatUnDate(cycle.noteVerbaleDate)}, after the issuance of the report, ` +
        `on the questions set out in paragraph ${p.number} of General Assembly resolution ${r.number}.`,
    );
  }
  if (edition === "public" && omitted > 0) {
    para(`${omitted === 1 ? "One reply" : `${omitted} replies`} that ${omitted === 1 ? "its Government" : "their Governments"} asked to restrict to the Secretariat and Member States ${omitted === 1 ? "is" : "are"} not reproduced in this edition.`);
  }
  if (edition === "full" && included.some((x) => x.publication === "restricted")) {
    para(`Replies marked “${RESTRICTED_LABEL}” are reproduced for the Secretariat and Member States only, at the request of the Governments concerned, and are left out of the public edition.`);
  }
  return blocks;
}

/** "General appreciation of the issues of information security;" -> without the list's punctuation. */
export function itemHeading(text: string): string {
  return text.trim().replace(/[;:.,]+$/, "");
}

/** "Invites" -> "invited", "Calls upon" -> "called upon", "Requests" -> "requested". */
export function pastTense(verb: string): string {
  const [first = "", ...rest] = verb.trim().split(/\s+/);
  const w = first.toLowerCase();
  let past: string;
  if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches")) past = `${w.slice(0, -2)}ed`;
  else if (w.endsWith("es")) past = `${w.slice(0, -1)}d`;
  else if (w.endsWith("s")) past = `${w.slice(0, -1)}ed`;
  else past = w;
  return [past, ...rest].join(" ");
}

/** A stable identifier of which revisions of which replies a document holds (FNV-1a, hex). */
export function fingerprintOf(replies: readonly Pick<SourceReply, "submissionId" | "revisionId">[]): string {
  const key = replies
    .map((r) => `${r.submissionId}:${r.revisionId}`)
    .sort()
    .join(",");
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${replies.length}-${hash.toString(16).padStart(8, "0")}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function joinAnd(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}
