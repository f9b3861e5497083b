import { createEvents, type DateArray, type EventAttributes } from "ics";
import { catalogTranslator } from "@/lib/i18n/catalog-translator";
import { formatDateTime } from "@/lib/i18n/dates";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { sessionName } from "@/lib/i18n/session-ordinal";
import { milestoneTitleMessage } from "@/lib/timeline/milestone-title";
import { addDays, formatNewYorkDateTime, newYorkDate } from "@/lib/time";

/** What a calendar feed holds: milestones (all-day) and reply deadlines (the deadline minute). */
export type FeedEvent =
  | { uid: string; title: string; description: string; kind: "day"; start: string; lastDay: string; categories: string[] }
  | { uid: string; title: string; description: string; kind: "moment"; at: Date; categories: string[] };

export interface FeedMilestone {
  resolutionSymbol: string;
  /** For a cycle's milestone: the resolution mandating that cycle (shown instead of resolutionSymbol). */
  mandateSymbol?: string | null;
  key: string;
  kind: string;
  title: string;
  dueAt: Date;
  doneOn: string | null;
  documentSymbol: string | null;
  assumption: string | null;
  cycleId: number | null;
}

export interface FeedCycle {
  id: number;
  resolutionSymbol: string;
  targetSession: number;
  deadline: Date;
  reportSymbol: string | null;
  /** The report's symbol is shown only from this day on (null: not issued). */
  reportIssuedOn?: string | null;
}

export interface FeedExtension {
  cycleId: number;
  deadline: Date;
  reason: string;
}

const UID_DOMAIN = "res-62-17-tracker";
const slug = (s: string) => s.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase();

/**
 * The events of a feed. Reply deadlines come from the cycles (the Secretariat may move them), not from their
 * milestones; for a delegation, a deadline its State had extended is the extended one, and says so.
 */
export function buildFeedEvents(input: {
  milestones: readonly FeedMilestone[];
  cycles: readonly FeedCycle[];
  state?: { iso3: string; name: string };
  extensions?: readonly FeedExtension[];
  /** The app's today (New York day): a document's symbol appears only once it exists. Omitted: every symbol. */
  today?: string;
  /** The language of the feed's own words (the feed's `?lang=`); milestone titles are the record's. Default English. */
  locale?: Locale;
}): FeedEvent[] {
  const locale = input.locale ?? DEFAULT_LOCALE;
  const t = catalogTranslator(locale, "feed");
  const mail = catalogTranslator(locale, "mail");
  const milestoneTitle = catalogTranslator(locale, "milestones");
  // A derived milestone is titled from the catalog; one an administrator typed in keeps its own (English) words.
  const titleOf = (m: FeedMilestone) => {
    const message = locale === "en" ? null : milestoneTitleMessage(m, locale);
    return message ? milestoneTitle(message.key, message.values) : m.title;
  };
  const when = (d: Date) => (locale === "en" ? formatNewYorkDateTime(d) : mail("newYork", { time: formatDateTime(d, locale) }));
  // "for the sixty-fifth session": Russian and Arabic put the session in the case the preposition takes.
  const session = (n: number) => sessionName(n, locale, { case: locale === "ru" || locale === "ar" ? "oblique" : "nominative" });
  const events: FeedEvent[] = [];
  const today = input.today;
  for (const m of input.milestones) {
    if (m.kind === "reply_deadline" && m.cycleId !== null) continue;
    const start = newYorkDate(m.dueAt);
    // A session of several days spans them; anything else is the day it is due.
    const lastDay = m.kind === "expert_group_session" && m.doneOn && m.doneOn > start ? m.doneOn : start;
    // A milestone's document exists once the milestone is done (a cycle's report: once the cycle issued it).
    const documentExists = m.documentSymbol && (today === undefined || (m.doneOn !== null && m.doneOn <= today));
    // The reasoning behind an assumed date stays in the seed; the feed only says the date is not confirmed.
    const lines = [`${m.mandateSymbol ?? m.resolutionSymbol}${documentExists ? ` · ${m.documentSymbol}` : ""}`, ...(m.assumption ? [t("notConfirmed")] : [])];
    events.push({
      uid: `milestone-${slug(m.resolutionSymbol)}-${slug(m.key)}@${UID_DOMAIN}`,
      title: titleOf(m),
      description: lines.join("\n"),
      kind: "day",
      start,
      lastDay,
      categories: [m.kind],
    });
  }
  for (const c of input.cycles) {
    const extension = input.extensions?.find((e) => e.cycleId === c.id);
    const issued = today === undefined || (c.reportIssuedOn != null && c.reportIssuedOn <= today);
    const report = c.reportSymbol && issued ? t("report", { symbol: c.reportSymbol }) : "";
    if (extension && input.state) {
      events.push({
        uid: `deadline-${c.id}-${input.state.iso3.toLowerCase()}@${UID_DOMAIN}`,
        title: t("extendedTitle", { state: input.state.name, session: session(c.targetSession) }),
        description: t("extendedDescription", { resolution: c.resolutionSymbol, report, from: when(c.deadline), to: when(extension.deadline), reason: extension.reason }),
        kind: "moment",
        at: extension.deadline,
        categories: ["reply_deadline", "extension"],
      });
      continue;
    }
    events.push({
      uid: `deadline-${c.id}@${UID_DOMAIN}`,
      title: t("deadlineTitle", { session: session(c.targetSession) }),
      description: t("deadlineDescription", { resolution: c.resolutionSymbol, report, deadline: when(c.deadline) }),
      kind: "moment",
      at: c.deadline,
      categories: ["reply_deadline"],
    });
  }
  return events.sort((a, b) => startKey(a).localeCompare(startKey(b)));
}

function startKey(e: FeedEvent): string {
  return e.kind === "day" ? `${e.start}T12:00` : `${newYorkDate(e.at)}T${e.at.toISOString().slice(11, 16)}`;
}

const dateArray = (iso: string): DateArray => {
  const [y, m, d] = iso.split("-").map(Number);
  return [y!, m!, d!];
};

/** An iCalendar document (RFC 5545), written by the `ics` library. */
export function toICalendar(events: readonly FeedEvent[], calendarName: string): string {
  const attributes: EventAttributes[] = events.map((e) => {
    const common = { uid: e.uid, title: e.title, description: e.description, categories: e.categories, productId: "-//UNODA//Resolution 62-17 tracker//EN" };
    return e.kind === "day"
      ? { ...common, start: dateArray(e.start), end: dateArray(addDays(e.lastDay, 1)), transp: "TRANSPARENT" as const }
      : {
          ...common,
          start: e.at.getTime(),
          startInputType: "utc" as const,
          startOutputType: "utc" as const,
          duration: { minutes: 1 },
          transp: "TRANSPARENT" as const,
        };
  });
  const { error, value } = createEvents(attributes, { productId: "-//UNODA//Resolution 62-17 tracker//EN", calName: calendarName });
  if (error || value === null) throw error ?? new Error("The calendar could not be written.");
  return value;
}
