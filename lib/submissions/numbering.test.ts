import { describe, expect, it } from "vitest";
import { nameRevisions } from "./numbering";

describe("nameRevisions", () => {
  it("numbers submitted versions 1, 2… and names the drafts between them", () => {
    const revs = [
      { id: 4, version: 40, kind: "submission" as const },
      { id: 3, version: 31, kind: "draft" as const },
      { id: 2, version: 12, kind: "submission" as const },
      { id: 1, version: 11, kind: "draft" as const },
      { id: 5, version: 41, kind: "restore" as const },
    ];
    const names = nameRevisions(revs);
    expect(names.get(1)).toEqual({ kind: "draft", after: 0 });
    expect(names.get(2)).toEqual({ kind: "submitted", number: 1 });
    expect(names.get(3)).toEqual({ kind: "draft", after: 1 });
    expect(names.get(4)).toEqual({ kind: "submitted", number: 2 });
    expect(names.get(5)).toEqual({ kind: "restored", after: 2 });
  });
});
