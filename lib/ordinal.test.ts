import { describe, expect, it } from "vitest";
import { ordinal } from "./ordinal";

describe("ordinal", () => {
  it("writes English ordinals of session numbers", () => {
    expect([61, 62, 63, 64, 65, 66, 111, 112, 113].map(ordinal)).toEqual(["61st", "62nd", "63rd", "64th", "65th", "66th", "111th", "112th", "113th"]);
  });
});
