import { diffWordsWithSpace } from "diff";

export interface DiffPart {
  kind: "same" | "added" | "removed";
  text: string;
}

/** Word-level changes from one version to another, for showing what changed. */
export function compareTexts(older: string, newer: string): DiffPart[] {
  return diffWordsWithSpace(older, newer).map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));
}
