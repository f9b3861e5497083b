import { describe, expect, it } from "vitest";
import { EXPERT_GROUP_2009 } from "@/db/seed/expert-group";
import { MEMBER_STATES } from "@/db/seed/member-states";
import { checkBalance, describeFlag, groupException, type StateInGroups } from "./balance";

const all: StateInGroups[] = MEMBER_STATES.map((m) => ({
  iso3: m.iso3,
  name: m.name,
  regionalGroup: m.regionalGroup,
  electoralGroup: m.electoralGroup,
  alsoListedIn: m.alsoListedIn ?? null,
  groupNote: m.groupNote ?? null,
}));
const byIso = (iso3: string) => all.find((s) => s.iso3 === iso3)!;
// The membership on 1 May 2010: 192 States (South Sudan was admitted on 14 July 2011).
const membership2010 = MEMBER_STATES.filter((m) => m.admitted <= "2010-05-01").map((m) => byIso(m.iso3));
const group2009 = EXPERT_GROUP_2009.members.map((m) => byIso(m.iso3));

describe("the exceptions", () => {
  it("counts the United States, in no group, in the Western European and Others Group", () => {
    expect(groupException(byIso("USA"))).toMatchObject({ reason: "no_group", countedIn: "western_european_others", alsoIn: null });
  });
  it("counts Türkiye, listed in two groups, once, in the Western European and Others Group", () => {
    expect(groupException(byIso("TUR"))).toMatchObject({ reason: "two_groups", countedIn: "western_european_others", alsoIn: "asia_pacific" });
    const check = checkBalance([byIso("TUR")], all, 15);
    expect(check.rows.find((r) => r.group === "western_european_others")!.seatsHeld).toBe(1);
    expect(check.rows.find((r) => r.group === "asia_pacific")!.seatsHeld).toBe(0);
  });
  it("counts Kiribati in the Asia-Pacific Group, where today's list places it", () => {
    expect(groupException(byIso("KIR"))).toBeNull();
    expect(checkBalance([byIso("KIR")], all, 15).rows.find((r) => r.group === "asia_pacific")!.seatsHeld).toBe(1);
  });
  it("treats a State counted outside its listed group as an exception too", () => {
    const odd: StateInGroups = { iso3: "XXX", name: "Test", regionalGroup: "african", electoralGroup: "asia_pacific", alsoListedIn: null };
    expect(groupException(odd)).toMatchObject({ reason: "counted_elsewhere", countedIn: "asia_pacific", alsoIn: "african" });
  });
  it("counts every State of the membership exactly once", () => {
    const check = checkBalance([], all, 15);
    expect(check.membershipTotal).toBe(193);
    expect(check.rows.reduce((n, r) => n + r.membership, 0)).toBe(193);
    expect(Object.fromEntries(check.rows.map((r) => [r.group, r.membership]))).toEqual({
      african: 54,
      asia_pacific: 54,
      eastern_european: 23,
      latin_american_caribbean: 33,
      western_european_others: 29,
    });
    expect(check.membershipExceptions.map((e) => [e.iso3, e.reason])).toEqual([
      ["TUR", "two_groups"],
      ["USA", "no_group"],
    ]);
  });
});

describe("the 2009-2010 group (15 seats) against the membership of 2010 (192 States)", () => {
  const check = checkBalance(group2009, membership2010, 15);
  const row = (g: string) => check.rows.find((r) => r.group === g)!;

  it("holds the seats by electoral group", () => {
    expect(check.filled).toBe(15);
    expect(check.rows.map((r) => [r.group, r.seatsHeld])).toEqual([
      ["african", 1],
      ["asia_pacific", 4],
      ["eastern_european", 3],
      ["latin_american_caribbean", 1],
      ["western_european_others", 6],
    ]);
  });
  it("computes proportional seats as seats × share of the membership", () => {
    expect(row("african").proportionalSeats).toBeCloseTo((15 * 53) / 192, 6);
    expect(row("western_european_others").proportionalSeats).toBeCloseTo((15 * 29) / 192, 6);
    expect(row("western_european_others").seatShare).toBeCloseTo(6 / 15, 6);
  });
  it("flags groups more than one seat away, and only those", () => {
    expect(check.flagged.map((r) => [r.group, r.flag])).toEqual([
      ["african", "under"],
      ["eastern_european", "over"],
      ["latin_american_caribbean", "under"],
      ["western_european_others", "over"],
    ]);
    expect(row("asia_pacific").flag).toBeNull();
    expect(describeFlag(row("african"))).toBe("African Group: under-represented by 3.1 seats (1 held, 4.1 proportional)");
  });
  it("names the United States as the member counted outside any group", () => {
    expect(check.memberExceptions.map((e) => e.iso3)).toEqual(["USA"]);
  });
});

describe("the tolerance of one seat", () => {
  // 10 States, 5 in each of two groups; 4 seats: 2 proportional seats each.
  const a = (i: number): StateInGroups => ({ iso3: `A${i}`, name: `A${i}`, regionalGroup: "african", electoralGroup: "african", alsoListedIn: null });
  const e = (i: number): StateInGroups => ({ iso3: `E${i}`, name: `E${i}`, regionalGroup: "eastern_european", electoralGroup: "eastern_european", alsoListedIn: null });
  const pool = [0, 1, 2, 3, 4].flatMap((i) => [a(i), e(i)]);
  it("does not flag exactly one seat away", () => {
    const check = checkBalance([a(0), a(1), a(2), e(0)], pool, 4);
    expect(check.rows.find((r) => r.group === "african")!.difference).toBe(1);
    expect(check.flagged).toEqual([]);
  });
  it("flags more than one seat away, including a vacant seat", () => {
    const check = checkBalance([a(0), a(1), a(2)], pool, 4);
    expect(check.filled).toBe(3);
    expect(check.flagged.map((r) => [r.group, r.flag])).toEqual([["eastern_european", "under"]]);
  });
});
