import { describe, expect, it } from "vitest";
import { milestoneTitleMessage } from "./milestone-title";

describe("milestoneTitleMessage", () => {
  it("names a cycle's milestones with the session in the language's words and case", () => {
    expect(milestoneTitleMessage({ key: "deadline-65", documentSymbol: null }, "fr")).toEqual({ key: "deadline", values: { session: "soixante-cinquième session" } });
    expect(milestoneTitleMessage({ key: "report-64", documentSymbol: "A/64/129" }, "ru")).toEqual({ key: "report", values: { session: "шестьдесят четвертой сессии" } });
    expect(milestoneTitleMessage({ key: "note-verbale-63", documentSymbol: null }, "ar")?.values.session).toBe("الدورة الثالثة والستين");
  });

  it("names the expert group's sessions in the nominative and the adoption by its symbol", () => {
    expect(milestoneTitleMessage({ key: "expert-group-session-2", documentSymbol: null }, "ru")).toEqual({ key: "groupSession", values: { session: "вторая сессия" } });
    expect(milestoneTitleMessage({ key: "adoption", documentSymbol: "A/RES/62/17" }, "es")).toEqual({ key: "adoption", values: { symbol: "A/RES/62/17" } });
  });

  it("leaves a milestone typed in by hand to its own words", () => {
    expect(milestoneTitleMessage({ key: "briefing-2010", documentSymbol: null }, "fr")).toBeNull();
    expect(milestoneTitleMessage({ key: "deadline-650", documentSymbol: null }, "fr")).toBeNull();
  });
});
