import { LOCALE_INFO, type Locale } from "@/lib/i18n/locales";
import { sessionName } from "@/lib/i18n/session-ordinal";
import { stateCollator, stateSortKey } from "@/lib/i18n/state-names";
import { newYorkDate } from "@/lib/time";
import { capitalise, fingerprintOf } from "./helpers";
import { introduction } from "./introduction";
import { nameInOn } from "@/lib/membership/as-of";
import { fill, formatReportDate, languageList, reportTexts } from "./texts";
import type { CompileOptions, CompiledItem, CompiledReport, CompiledState, Edition, ReportSource, SourceReply } from "./types";

export type * from "./types";
export { fingerprintOf, itemHeading, pastTense } from "./helpers";

/**
 * The Secretary-General's report on the replies received, compiled in one language version from
 * data rows into one structure that the preview page, the DOCX and the PDF all render. Pure: no
 * database, no clock, so the same rows always give the same document.
 */
export function compileReport(source: ReportSource, editionOrOptions: Edition | CompileOptions = {}): CompiledReport {
  const opts: CompileOptions = typeof editionOrOptions === "string" ? { edition: editionOrOptions } : editionOrOptions;
  const edition = opts.edition ?? "full";
  const locale: Locale = opts.locale ?? "en";
  const t = reportTexts(locale);
  const day = source.issuedOn ?? opts.today ?? source.cycle.noteVerbaleDate;
  const baseSymbol = source.cycle.reportSymbol ?? `A/${source.cycle.targetSession}/—`;
  const symbol = source.addendum > 0 ? `${baseSymbol}/Add.${source.addendum}` : baseSymbol;

  const included = source.replies.filter((r) => edition === "full" || r.publication === "public");
  const byState = new Map<string, SourceReply[]>();
  for (const r of included) byState.set(r.state.iso3, [...(byState.get(r.state.iso3) ?? []), r]);
  const collator = stateCollator(locale);
  const states = [...byState.values()]
    .map((replies) => compileState(replies, source, day, locale))
    .sort((a, b) => collator.compare(stateSortKey(a.name, locale), stateSortKey(b.name, locale)));

  const mandate = source.mandate;
  const item = source.cycle.reportAgendaItem;
  const agendaLine = item ? fill(t.agendaItem, { number: item, star: mandate?.preliminaryList ? "*" : "" }) : null;
  return {
    locale,
    dir: LOCALE_INFO[locale].dir === "rtl" ? "rtl" : "ltr",
    symbol,
    baseSymbol,
    addendum: source.addendum,
    edition,
    isDraft: source.issuedOn === null,
    session: source.cycle.targetSession,
    masthead: {
      unitedNations: t.unitedNations,
      organ: t.organ,
      distribution: t.distribution,
      original: t.originalMasthead,
      agendaLine,
      footnote: agendaLine && mandate?.preliminaryList ? `* ${mandate.preliminaryList}.` : null,
    },
    sessionLine: capitalise(sessionName(source.cycle.targetSession, locale)),
    agendaLine,
    title: locale === "en" ? source.resolution.title : t.itemTitle,
    subtitle: t.subtitle,
    addendumLine: source.addendum > 0 ? t.addendum : null,
    dateLine: source.issuedOn ? formatReportDate(source.issuedOn, locale) : t.draft,
    contentsHeading: t.contents,
    pageLabel: t.page,
    noRepliesLine: t.noReplies,
    restrictedLabel: t.restrictedLabel,
    sections: {
      introduction: { heading: t.introHeading, blocks: introduction(source, baseSymbol, edition, included, locale) },
      replies: { heading: t.repliesHeading },
    },
    states,
    replyCount: included.length,
    omittedRestricted: source.replies.length - included.length,
    fingerprint: fingerprintOf(source.replies),
  };
}

/** A Government's reply: its items in the resolution's order, under the State's name of the document's date. */
function compileState(replies: readonly SourceReply[], source: ReportSource, day: string, locale: Locale): CompiledState {
  const t = reportTexts(locale);
  const order = new Map(source.items.map((i, n) => [i.letter, n]));
  const sorted = [...replies].sort((a, b) => (order.get(a.letter) ?? 99) - (order.get(b.letter) ?? 99));
  const languages = [...new Set(sorted.map((r) => r.language))];
  const received = sorted.reduce((latest, r) => (r.receivedAt > latest ? r.receivedAt : latest), sorted[0]!.receivedAt);
  // A Government that answered the questions one by one used their headings; one answer is reproduced as it came.
  const byQuestion = sorted.length > 1;
  const items = sorted.map<CompiledItem>((r) => {
    const own = reportTexts(r.language).items as Record<string, string>;
    const startsWithHeading = /^\s*#/.test(r.body);
    return {
      letter: r.letter,
      heading: byQuestion && !startsWithHeading ? `(${r.letter}) ${(own[r.letter] ?? "").replace(/[;；؛.。]$/u, "")}`.trim() : null,
      body: r.isNilReply ? t.nilReply : r.body,
      isNilReply: r.isNilReply,
      language: r.isNilReply ? locale : r.language,
      restricted: r.publication === "restricted",
      submissionId: r.submissionId,
      revisionId: r.revisionId,
    };
  });
  return {
    iso3: sorted[0]!.state.iso3,
    name: nameInOn(sorted[0]!.state.history, day, locale),
    originalLine: fill(t.original, { language: languageList(languages, locale) }),
    receivedLine: `[${formatReportDate(newYorkDate(received), locale)}]`,
    restricted: items.some((i) => i.restricted),
    items,
  };
}
