import { describe, expect, it } from "vitest";
import { EXPERT_GROUP_2009 } from "./expert-group";
import { MEMBER_STATES } from "./member-states";

// The 15 States of the 2009-2010 Group, as named in A/65/201.
const EXPECTED_MEMBERS = [
  "BLR", "BRA", "CHN", "EST", "FRA", "DEU", "IND", "ISR", "ITA", "QAT", "KOR", "RUS", "ZAF", "GBR", "USA",
];

describe("EXPERT_GROUP_2009", () => {
  const g = EXPERT_GROUP_2009;

  it("describes the report to the sixty-fifth session", () => {
    expect(g.establishedYear).toBe(2009);
    expect(g.reportDueSession).toBe(65);
    expect(g.reportSymbol).toBe("A/65/201");
    expect(g.reportDate).toBe("2010-07-30");
    expect(g.reportAgendaItem).toBe(94);
    expect(g.sources.length).toBeGreaterThan(0);
  });

  it("has 15 unique members, all of them Member States", () => {
    const codes = g.members.map((m) => m.iso3);
    expect(codes).toHaveLength(15);
    expect(new Set(codes).size).toBe(15);
    expect(new Set(codes)).toEqual(new Set(EXPECTED_MEMBERS));
    const known = new Set(MEMBER_STATES.map((s) => s.iso3));
    for (const c of codes) expect(known, c).toContain(c);
  });

  it("has its Chair among the members, with the Chair's name", () => {
    expect(g.chairIso3).toBe("RUS");
    const chair = g.members.find((m) => m.iso3 === g.chairIso3);
    expect(chair).toBeDefined();
    expect(chair?.expertName).toBe(g.chairName);
  });

  it("met four times in order, twice in New York and twice in Geneva", () => {
    expect(g.sessions.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    for (const s of g.sessions) {
      expect(s.startDate <= s.endDate, `session ${s.number}`).toBe(true);
      expect(Number.isNaN(Date.parse(s.startDate))).toBe(false);
      expect(Number.isNaN(Date.parse(s.endDate))).toBe(false);
    }
    for (let i = 1; i < g.sessions.length; i++) {
      expect(g.sessions[i - 1]!.endDate < g.sessions[i]!.startDate).toBe(true);
    }
    expect(g.sessions.filter((s) => s.venue === "New York")).toHaveLength(2);
    expect(g.sessions.filter((s) => s.venue === "Geneva")).toHaveLength(2);
  });

  it("first met in New York in November 2009 and last met before the report's date", () => {
    expect(g.sessions[0]!.startDate.startsWith("2009-11-")).toBe(true);
    expect(g.sessions[0]!.venue).toBe("New York");
    expect(g.sessions[g.sessions.length - 1]!.endDate < g.reportDate).toBe(true);
  });
});
