import { sessionName } from "@/lib/i18n/session-ordinal";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The title of a milestone in the reader's language.
 *
 * A milestone's stored title is the Secretariat's English record. The milestones the tracker derives from
 * the resolution, its cycles and the expert group have stable keys ("deadline-65", "expert-group-session-2"),
 * so their titles are rebuilt from the catalog in any language. A milestone an administrator typed in keeps
 * its own words, marked as English.
 */
export interface MilestoneTitleMessage {
  /** Key in the `milestones` catalog namespace. */
  key: "adoption" | "agenda" | "consideration" | "sessionOpening" | "noteVerbale" | "deadline" | "report" | "groupEstablished" | "groupSession" | "groupReport";
  values: Record<string, string>;
}

const SESSION_KEYS = {
  agenda: "agenda",
  consideration: "consideration",
  session: "sessionOpening",
  "note-verbale": "noteVerbale",
  deadline: "deadline",
  report: "report",
} as const;

/** The catalog message that names a derived milestone, or null for one typed in by hand. */
export function milestoneTitleMessage(m: { key: string; documentSymbol: string | null }, locale: Locale): MilestoneTitleMessage | null {
  // Russian and Arabic put the session in the oblique case in every one of these phrases.
  const session = (n: number) => sessionName(n, locale, { case: "oblique" });
  if (m.key === "adoption") return { key: "adoption", values: { symbol: m.documentSymbol ?? "" } };
  if (m.key === "expert-group-established") return { key: "groupEstablished", values: {} };
  if (m.key === "expert-group-report") return { key: "groupReport", values: { session: session(65), symbol: m.documentSymbol ?? "" } };
  const group = /^expert-group-session-(\d{1,2})$/.exec(m.key);
  if (group) return { key: "groupSession", values: { session: sessionName(Number(group[1]), locale) } };
  const cycle = /^(agenda|consideration|session|note-verbale|deadline|report)-(\d{1,2})$/.exec(m.key);
  if (cycle) return { key: SESSION_KEYS[cycle[1] as keyof typeof SESSION_KEYS], values: { session: session(Number(cycle[2])) } };
  return null;
}
