import type { CompiledReport, Masthead, SourceReply } from "./types";

/** "General appreciation of the issues of information security;" -> without the list's punctuation. */
export function itemHeading(text: string): string {
  return text.trim().replace(/[;:.,；。؛]+$/u, "");
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

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A document's front matter, the same in both formats: symbol, running header, masthead, title page. */
export interface FrontMatter {
  symbol: string;
  /** The running header: the symbol, with the date line on a draft. */
  running: string;
  masthead: Masthead;
  dateLine: string;
  sessionLine: string;
  title: string;
  subtitle: string;
  addendumLine: string | null;
  contentsHeading: string;
}

export function frontMatter(report: CompiledReport): FrontMatter {
  return {
    symbol: report.symbol,
    running: report.isDraft ? `${report.symbol} (${report.dateLine})` : report.symbol,
    masthead: report.masthead,
    dateLine: report.dateLine,
    sessionLine: report.sessionLine,
    title: report.title,
    subtitle: report.subtitle,
    addendumLine: report.addendumLine,
    contentsHeading: report.contentsHeading,
  };
}
