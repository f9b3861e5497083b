import { describe, expect, it } from "vitest";
import { parseDemoToday } from "./clock";

describe("parseDemoToday", () => {
  it("reads a date as noon in New York", () => {
    expect(parseDemoToday("2010-05-01")?.toISOString()).toBe("2010-05-01T16:00:00.000Z");
  });
  it("reads a full date-time as it is", () => {
    expect(parseDemoToday("2010-06-01T03:59:30Z")?.toISOString()).toBe("2010-06-01T03:59:30.000Z");
  });
  it("ignores anything else", () => {
    for (const v of ["", "  ", "yesterday", 42, null, undefined]) expect(parseDemoToday(v)).toBeUndefined();
  });
});
