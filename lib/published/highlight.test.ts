import { describe, expect, it } from "vitest";
import { headlineFragments } from "./highlight";

describe("headlineFragments", () => {
  it("splits matches from the text around them, fragment by fragment", () => {
    expect(headlineFragments("a national \u0002strategy\u0003 in 2009\u0004the \u0002strategies\u0003")).toEqual([
      [
        { text: "a national ", mark: false },
        { text: "strategy", mark: true },
        { text: " in 2009", mark: false },
      ],
      [
        { text: "the ", mark: false },
        { text: "strategies", mark: true },
      ],
    ]);
  });

  it("keeps a reply's markup as text (React escapes it) and drops Markdown markers", () => {
    expect(headlineFragments('**Bold** <script>alert("x")</script> \u0002cyber\u0003')).toEqual([
      [
        { text: 'Bold <script>alert("x")</script> ', mark: false },
        { text: "cyber", mark: true },
      ],
    ]);
  });
});
