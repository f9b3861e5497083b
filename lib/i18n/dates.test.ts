import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime } from "./dates";

describe("dates in the reader's language", () => {
  it("write a calendar date the way each language does", () => {
    expect(formatDate("2011-09-13", "en")).toBe("13 September 2011");
    expect(formatDate("2011-09-13", "fr")).toBe("13 septembre 2011");
    expect(formatDate("2011-09-13", "es")).toBe("13 de septiembre de 2011");
    expect(formatDate("2011-09-13", "ru")).toBe("13 сентября 2011 г.");
    expect(formatDate("2011-09-13", "zh")).toBe("2011年9月13日");
    expect(formatDate("2011-09-13", "ar")).toContain("2011");
    expect(formatDate("2011-09-13", "ar")).toContain("سبتمبر");
  });
  it("date an instant in New York time", () => {
    // 03:59 UTC on 1 June is still 31 May in New York.
    expect(formatDate(new Date("2010-06-01T03:59:00Z"), "fr")).toBe("31 mai 2010");
    expect(formatDateTime(new Date("2010-06-01T03:59:00Z"), "en")).toContain("23:59");
  });
});
