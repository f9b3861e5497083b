import { describe, expect, it } from "vitest";
import { ordinal, ordinalWords } from "./ordinal";

describe("ordinal", () => {
  it("writes English ordinals of session numbers", () => {
    expect([61, 62, 63, 64, 65, 66, 111, 112, 113].map(ordinal)).toEqual(["61st", "62nd", "63rd", "64th", "65th", "66th", "111th", "112th", "113th"]);
  });
  it("writes session numbers in words, as the report does", () => {
    expect([1, 12, 20, 63, 65, 99].map(ordinalWords)).toEqual(["first", "twelfth", "twentieth", "sixty-third", "sixty-fifth", "ninety-ninth"]);
    expect([100, 101].map(ordinalWords)).toEqual(["100th", "101st"]);
  });
});
