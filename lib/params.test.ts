import { describe, expect, it } from "vitest";
import { INT4_MAX, parseIntParam } from "./params";

describe("parseIntParam", () => {
  it("accepts decimal whole numbers in the column's range", () => {
    expect(parseIntParam("65")).toBe(65);
    expect(parseIntParam(String(INT4_MAX))).toBe(INT4_MAX);
    expect(parseIntParam("0", { min: 0 })).toBe(0);
  });

  it.each(["2147483648", "99999999999999999999", "0", "-1", "+1", "1e3", "0x10", " 1", "1.0", "", "abc"])("refuses %j", (raw) => {
    expect(parseIntParam(raw)).toBeNull();
  });
});
