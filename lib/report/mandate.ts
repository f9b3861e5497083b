import { cycleForSession } from "@/db/seed/data/series";

/**
 * The mandate a report cites: the resolution (and paragraph) that the database records for the cycle
 * (lib/resolutions/queries.ts, getCycleMandate), so that what the Secretariat records there is what the
 * report prints. Two texts of the documents themselves complete it, each used only when it agrees with the
 * database: the introduction of the report as issued (A/65/154), and the preliminary list its agenda item's
 * footnote points to.
 */
export interface ReportMandate {
  /** "64/25" */
  resolution: string;
  /** 3 */
  paragraph: number;
  /** The English introduction as issued, paragraph by paragraph, when a copy was read and it cites this resolution. */
  introduction: readonly string[] | null;
  /** The preliminary list the agenda item's footnote points to ("A/65/150"), when known. */
  preliminaryList: string | null;
}

/** The preliminary lists of items, from the reports' mastheads ("Item 94 of the provisional agenda*", "* A/65/150."). */
const PRELIMINARY_LISTS: Readonly<Record<number, string>> = {
  65: "A/65/150", // footnote to the agenda item in the masthead of A/65/154
};

/**
 * The report's mandate from the database's record of the cycle (`recorded`: the mandating resolution's number and
 * the paragraph inviting the views). The introduction as issued is a text of the report itself: it is reproduced
 * only while the database still names the resolution that text cites.
 */
export function reportMandate(session: number, recorded: { number: string; paragraph: number }): ReportMandate {
  const asIssued = cycleForSession(session);
  const agrees = asIssued?.mandatedBy.value === recorded.number && asIssued.mandateParagraph.value === recorded.paragraph;
  return {
    resolution: recorded.number,
    paragraph: recorded.paragraph,
    introduction: agrees ? (asIssued.introduction?.value ?? null) : null,
    preliminaryList: PRELIMINARY_LISTS[session] ?? null,
  };
}
