import { describe, expect, it } from "vitest";
import { MEMBER_STATES, REGIONAL_GROUPS, type MemberStateSeed, type RegionalGroup } from "./member-states";

/*
 * Expected values are written out here from the published facts, never computed from MEMBER_STATES.
 *
 * On the 1945 dates: there were 51 original Members, but two of them no longer exist as such. Czechoslovakia was
 * succeeded by Czechia and Slovakia (admitted 19 January 1993) and Yugoslavia by Serbia (admitted 1 November 2000),
 * and the UN lists those later dates. So 49 of today's 193 Members carry a 1945 date: 27 on 24 October 1945 and the
 * 22 below on the later 1945 date of their ratification.
 */
const RATIFIED_AFTER_24_OCTOBER_1945: Record<string, string> = {
  AUS: "1945-11-01",
  BEL: "1945-12-27",
  BOL: "1945-11-14",
  CAN: "1945-11-09",
  COL: "1945-11-05",
  CRI: "1945-11-02",
  ECU: "1945-12-21",
  ETH: "1945-11-13",
  GRC: "1945-10-25",
  GTM: "1945-11-21",
  HND: "1945-12-17",
  IND: "1945-10-30",
  IRQ: "1945-12-21",
  LBR: "1945-11-02",
  MEX: "1945-11-07",
  NLD: "1945-12-10",
  NOR: "1945-11-27",
  PAN: "1945-11-13",
  PER: "1945-10-31",
  ZAF: "1945-11-07",
  URY: "1945-12-18",
  VEN: "1945-11-15",
};

const ORIGINAL_ON_24_OCTOBER_1945 = [
  "ARG", "BLR", "BRA", "CHL", "CHN", "CUB", "DNK", "DOM", "EGY", "SLV", "FRA", "HTI", "IRN", "LBN",
  "LUX", "NZL", "NIC", "PRY", "PHL", "POL", "RUS", "SAU", "SYR", "TUR", "UKR", "GBR", "USA",
];

const LATER_ADMISSIONS: Record<string, string> = {
  CHE: "2002-09-10",
  TLS: "2002-09-27",
  MNE: "2006-06-28",
  SSD: "2011-07-14",
  DEU: "1973-09-18",
  YEM: "1947-09-30",
  CZE: "1993-01-19",
  SVK: "1993-01-19",
  SRB: "2000-11-01",
  BGD: "1974-09-17",
  IDN: "1950-09-28",
  JPN: "1956-12-18",
  ISR: "1949-05-11",
  KIR: "1999-09-14",
};

const EXPECTED_ELECTORAL_COUNTS: Record<RegionalGroup, number> = {
  african: 54,
  asia_pacific: 54,
  eastern_european: 23,
  latin_american_caribbean: 33,
  western_european_others: 29,
};

const UN_SHORT_NAMES = [
  "Bolivia (Plurinational State of)",
  "Cabo Verde",
  "Côte d'Ivoire",
  "Czechia",
  "Democratic People's Republic of Korea",
  "Democratic Republic of the Congo",
  "Eswatini",
  "Iran (Islamic Republic of)",
  "Lao People's Democratic Republic",
  "Micronesia (Federated States of)",
  "Netherlands (Kingdom of the)",
  "North Macedonia",
  "Republic of Korea",
  "Republic of Moldova",
  "Russian Federation",
  "Syrian Arab Republic",
  "Türkiye",
  "United Kingdom of Great Britain and Northern Ireland",
  "United Republic of Tanzania",
  "United States of America",
  "Venezuela (Bolivarian Republic of)",
  "Viet Nam",
];

const EXCEPTIONS = ["USA", "TUR", "ISR", "KIR"];

function byIso(iso3: string): MemberStateSeed {
  const found = MEMBER_STATES.find((s) => s.iso3 === iso3);
  if (!found) throw new Error(`no Member State ${iso3}`);
  return found;
}

function isValidIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

describe("MEMBER_STATES", () => {
  it("has 193 entries", () => {
    expect(MEMBER_STATES).toHaveLength(193);
  });

  it("has unique ISO alpha-3 codes of three uppercase letters", () => {
    for (const s of MEMBER_STATES) expect(s.iso3).toMatch(/^[A-Z]{3}$/);
    expect(new Set(MEMBER_STATES.map((s) => s.iso3)).size).toBe(193);
  });

  it("has unique, non-empty names", () => {
    for (const s of MEMBER_STATES) expect(s.name.trim()).toBe(s.name);
    for (const s of MEMBER_STATES) expect(s.name.length).toBeGreaterThan(0);
    expect(new Set(MEMBER_STATES.map((s) => s.name)).size).toBe(193);
  });

  it("uses the UN's current short names", () => {
    const names = new Set(MEMBER_STATES.map((s) => s.name));
    for (const name of UN_SHORT_NAMES) expect(names, name).toContain(name);
    for (const old of ["Turkey", "Czech Republic", "Swaziland", "Cape Verde", "Vietnam", "Netherlands", "Bolivia"]) {
      expect(names, old).not.toContain(old);
    }
  });

  it("is sorted by name in English order", () => {
    for (let i = 1; i < MEMBER_STATES.length; i++) {
      const prev = MEMBER_STATES[i - 1]!.name;
      const cur = MEMBER_STATES[i]!.name;
      expect(prev.localeCompare(cur, "en"), `${prev} before ${cur}`).toBeLessThan(0);
    }
  });

  it("uses only the five regional groups", () => {
    for (const s of MEMBER_STATES) {
      expect(REGIONAL_GROUPS).toContain(s.electoralGroup);
      if (s.regionalGroup !== null) expect(REGIONAL_GROUPS).toContain(s.regionalGroup);
      if (s.alsoListedIn !== undefined) expect(REGIONAL_GROUPS).toContain(s.alsoListedIn);
    }
  });

  it("counts each electoral group as expected", () => {
    const counts = Object.fromEntries(REGIONAL_GROUPS.map((g) => [g, 0])) as Record<RegionalGroup, number>;
    for (const s of MEMBER_STATES) counts[s.electoralGroup] += 1;
    expect(counts).toEqual(EXPECTED_ELECTORAL_COUNTS);
  });

  it("has 28 WEOG members proper plus the United States counted there", () => {
    expect(MEMBER_STATES.filter((s) => s.regionalGroup === "western_european_others")).toHaveLength(28);
    expect(MEMBER_STATES.filter((s) => s.regionalGroup === null).map((s) => s.iso3)).toEqual(["USA"]);
  });

  it("places every State but the United States in its electoral group", () => {
    for (const s of MEMBER_STATES) {
      if (s.iso3 !== "USA") expect(s.regionalGroup, s.name).toBe(s.electoralGroup);
    }
  });

  it("treats the United States as in no group but counted in WEOG", () => {
    const usa = byIso("USA");
    expect(usa.name).toBe("United States of America");
    expect(usa.regionalGroup).toBeNull();
    expect(usa.electoralGroup).toBe("western_european_others");
    expect(usa.groupNote).toMatch(/observer/i);
  });

  it("puts Türkiye in WEOG and also lists it in Asia-Pacific", () => {
    const tur = byIso("TUR");
    expect(tur.name).toBe("Türkiye");
    expect(tur.regionalGroup).toBe("western_european_others");
    expect(tur.electoralGroup).toBe("western_european_others");
    expect(tur.alsoListedIn).toBe("asia_pacific");
    expect(tur.groupNote).toBeTruthy();
  });

  it("puts Israel in WEOG with a note", () => {
    const isr = byIso("ISR");
    expect(isr.regionalGroup).toBe("western_european_others");
    expect(isr.electoralGroup).toBe("western_european_others");
    expect(isr.groupNote).toMatch(/Asia/);
  });

  it("puts Kiribati in Asia-Pacific with a note that it was long in no group", () => {
    const kir = byIso("KIR");
    expect(kir.regionalGroup).toBe("asia_pacific");
    expect(kir.electoralGroup).toBe("asia_pacific");
    expect(kir.groupNote).toMatch(/no regional group/i);
  });

  it("gives notes only to the four exceptions and a second group only to Türkiye", () => {
    expect(MEMBER_STATES.filter((s) => s.groupNote !== undefined).map((s) => s.iso3).sort()).toEqual([...EXCEPTIONS].sort());
    expect(MEMBER_STATES.filter((s) => s.alsoListedIn !== undefined).map((s) => s.iso3)).toEqual(["TUR"]);
  });

  it("has valid admission dates between the signing of the Charter and the end of 2011", () => {
    for (const s of MEMBER_STATES) {
      expect(isValidIsoDate(s.admitted), `${s.name}: ${s.admitted}`).toBe(true);
      expect(s.admitted >= "1945-06-26", s.name).toBe(true);
      expect(s.admitted <= "2011-12-31", s.name).toBe(true);
    }
  });

  it("dates 49 current Members in 1945: 27 on 24 October and 22 on their later ratification", () => {
    const in1945 = MEMBER_STATES.filter((s) => s.admitted.startsWith("1945-"));
    expect(in1945).toHaveLength(49);
    expect(in1945.filter((s) => s.admitted === "1945-10-24")).toHaveLength(27);
    expect(in1945.filter((s) => s.admitted !== "1945-10-24")).toHaveLength(22);
    expect(new Set(in1945.map((s) => s.iso3))).toEqual(
      new Set([...ORIGINAL_ON_24_OCTOBER_1945, ...Object.keys(RATIFIED_AFTER_24_OCTOBER_1945)]),
    );
  });

  it("gives the original Members their UN dates", () => {
    for (const iso3 of ORIGINAL_ON_24_OCTOBER_1945) expect(byIso(iso3).admitted, iso3).toBe("1945-10-24");
    for (const [iso3, date] of Object.entries(RATIFIED_AFTER_24_OCTOBER_1945)) expect(byIso(iso3).admitted, iso3).toBe(date);
  });

  it("gives later Members their UN admission dates", () => {
    for (const [iso3, date] of Object.entries(LATER_ADMISSIONS)) expect(byIso(iso3).admitted, iso3).toBe(date);
  });
});
