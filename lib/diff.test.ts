import { describe, expect, it } from "vitest";
import { compareTexts } from "./diff";

describe("compareTexts", () => {
  it("marks removed and added words", () => {
    expect(compareTexts("States should cooperate.", "States must cooperate closely.")).toEqual([
      { kind: "same", text: "States " },
      { kind: "removed", text: "should" },
      { kind: "added", text: "must" },
      { kind: "same", text: " cooperate" },
      { kind: "added", text: " closely" },
      { kind: "same", text: "." },
    ]);
  });
  it("puts the pieces back together into either text", () => {
    const parts = compareTexts("a b c", "a x c d");
    expect(parts.filter((p) => p.kind !== "added").map((p) => p.text).join("")).toBe("a b c");
    expect(parts.filter((p) => p.kind !== "removed").map((p) => p.text).join("")).toBe("a x c d");
  });
  it("finds nothing to mark in equal texts", () => {
    expect(compareTexts("Same.", "Same.")).toEqual([{ kind: "same", text: "Same." }]);
  });
});
