/**
 * The names a person gives a reply's versions: submitted versions are numbered 1, 2, 3… (the first
 * submission, then each amendment); the drafts between them are drafts after the last submitted
 * version. The internal counter (submissions.version, bumped by every autosave for conflict
 * detection) is never shown.
 */
export type RevisionName = { kind: "submitted"; number: number } | { kind: "draft" | "restored"; after: number };

export function nameRevisions<R extends { id: number; version: number; kind: "draft" | "submission" | "restore" }>(revisions: readonly R[], submittedBefore = 0): Map<number, RevisionName> {
  const names = new Map<number, RevisionName>();
  let submitted = submittedBefore;
  for (const r of [...revisions].sort((a, b) => a.version - b.version)) {
    if (r.kind === "submission") {
      submitted += 1;
      names.set(r.id, { kind: "submitted", number: submitted });
    } else names.set(r.id, { kind: r.kind === "restore" ? "restored" : "draft", after: submitted });
  }
  return names;
}
