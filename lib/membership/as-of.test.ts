import { describe, expect, it } from "vitest";
import { MEMBER_STATES } from "@/db/seed/member-states";
import { NAME_CHANGES } from "@/db/seed/data/name-changes";
import { countOn, isMemberOn, membersOn, nameInOn, nameOn, toDay, type NameHistory } from "./as-of";
import { LOCALES } from "@/lib/i18n/locales";
import { stateName } from "@/lib/i18n/state-names";
import { addDays, newYorkTime } from "@/lib/time";

const byIso = (iso3: string) => {
  const s = MEMBER_STATES.find((m) => m.iso3 === iso3);
  if (!s) throw new Error(iso3);
  return s;
};

describe("membership on a day", () => {
  it("192 Members on 13 July 2011, 193 from 14 July 2011 (South Sudan)", () => {
    expect(countOn(MEMBER_STATES, "2011-07-13")).toBe(192);
    expect(countOn(MEMBER_STATES, "2011-07-14")).toBe(193);
    expect(isMemberOn(byIso("SSD"), "2011-07-13")).toBe(false);
    expect(isMemberOn(byIso("SSD"), "2011-07-14")).toBe(true);
  });

  it("192 throughout the reporting cycles of 2008-2010, without South Sudan", () => {
    for (const day of ["2008-05-31", "2009-05-31", "2010-05-01", "2010-07-20"]) {
      const members = membersOn(MEMBER_STATES, day);
      expect(members).toHaveLength(192);
      expect(members.some((m) => m.iso3 === "SSD")).toBe(false);
    }
    const african = membersOn(MEMBER_STATES, "2010-05-01").filter((m) => m.electoralGroup === "african");
    expect(african).toHaveLength(53);
  });

  it("Montenegro is the 192nd Member, from 28 June 2006", () => {
    expect(countOn(MEMBER_STATES, "2006-06-27")).toBe(191);
    expect(countOn(MEMBER_STATES, "2006-06-28")).toBe(192);
  });

  it("a Date is read as the New York day it falls on", () => {
    // 14 July 2011, 00:30 in New York is 04:30 UTC; 13 July 2011, 23:30 in New York is already 14 July in UTC.
    expect(countOn(MEMBER_STATES, newYorkTime("2011-07-14T00:30"))).toBe(193);
    expect(countOn(MEMBER_STATES, newYorkTime("2011-07-13T23:30"))).toBe(192);
    expect(toDay(new Date("2011-07-14T03:00:00Z"))).toBe("2011-07-13");
  });

  it("rejects what is not a calendar day", () => {
    expect(() => countOn(MEMBER_STATES, "14 July 2011")).toThrow();
    expect(() => countOn(MEMBER_STATES, "2011-13-01")).toThrow();
    expect(() => countOn(MEMBER_STATES, new Date(Number.NaN))).toThrow();
  });
});

describe("names on a day", () => {
  it("each change: the earlier name the day before, the new name on the day", () => {
    for (const change of NAME_CHANGES) {
      const state = byIso(change.iso3);
      expect(nameOn(state, addDays(change.from, -1)), `${change.iso3} before ${change.from}`).toBe(change.previousName);
      expect(nameOn(state, change.from), `${change.iso3} on ${change.from}`).toBe(change.newName);
    }
  });

  it("Turkey until 31 May 2022, Türkiye from 1 June 2022", () => {
    const tur = byIso("TUR");
    expect(nameOn(tur, "2010-07-20")).toBe("Turkey");
    expect(nameOn(tur, "2022-05-31")).toBe("Turkey");
    expect(nameOn(tur, "2022-06-01")).toBe("Türkiye");
    expect(nameOn(tur, "2023-07-15")).toBe("Türkiye");
  });

  it("the names of 2010 as the documents of the time gave them", () => {
    const names = new Map(membersOn(MEMBER_STATES, "2010-05-01").map((m) => [m.iso3, m.name]));
    expect(names.get("CZE")).toBe("Czech Republic");
    expect(names.get("SWZ")).toBe("Swaziland");
    expect(names.get("MKD")).toBe("The former Yugoslav Republic of Macedonia");
    expect(names.get("TUR")).toBe("Turkey");
    expect(names.get("CPV")).toBe("Cape Verde");
    expect(names.get("NLD")).toBe("Netherlands");
    expect(names.get("LBY")).toBe("Libyan Arab Jamahiriya");
    expect(names.get("BOL")).toBe("Bolivia (Plurinational State of)");
    expect(names.get("SRB")).toBe("Serbia");
    expect(names.get("FRA")).toBe("France");
  });

  it("Serbia's three names", () => {
    const srb = byIso("SRB");
    expect(nameOn(srb, "2001-01-01")).toBe("Yugoslavia");
    expect(nameOn(srb, "2005-01-01")).toBe("Serbia and Montenegro");
    expect(nameOn(srb, "2007-12-05")).toBe("Serbia");
  });

  it("keeps today's name beside the name of the day", () => {
    const cze = membersOn(MEMBER_STATES, "2010-05-01").find((m) => m.iso3 === "CZE");
    expect(cze).toMatchObject({ name: "Czech Republic", currentName: "Czechia", admitted: "1993-01-19" });
  });
});

describe("name-change data", () => {
  it("each State's chain of names ends in today's name and never skips a link", () => {
    const isos = [...new Set(NAME_CHANGES.map((c) => c.iso3))];
    for (const iso3 of isos) {
      const chain = NAME_CHANGES.filter((c) => c.iso3 === iso3).sort((a, b) => a.from.localeCompare(b.from));
      for (let i = 0; i + 1 < chain.length; i++) expect(chain[i]!.newName).toBe(chain[i + 1]!.previousName);
      expect(chain.at(-1)!.newName).toBe(byIso(iso3).name);
    }
  });

  it("every row has a source, and a note when its day is an assumption", () => {
    for (const c of NAME_CHANGES) {
      expect(c.source.length).toBeGreaterThan(10);
      if (c.assumption) expect(c.note?.length ?? 0).toBeGreaterThan(10);
      expect(c.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe("order", () => {
  it("sorts by the name of the day (English collation)", () => {
    const names = membersOn(MEMBER_STATES, "2010-05-01").map((m) => m.name);
    // Côte d'Ivoire sorts as "Cote", between Costa Rica and Croatia.
    expect(names.indexOf("Costa Rica")).toBeLessThan(names.indexOf("Côte d'Ivoire"));
    expect(names.indexOf("Côte d'Ivoire")).toBeLessThan(names.indexOf("Croatia"));
    // Cape Verde in 2010 comes after Canada; Cabo Verde today comes before Cambodia.
    expect(names.indexOf("Canada")).toBeLessThan(names.indexOf("Cape Verde"));
    expect(names.indexOf("Cape Verde")).toBeLessThan(names.indexOf("Central African Republic"));
    // Swaziland in 2010 sorts under S, Turkey between Tunisia and Turkmenistan,
    // The former Yugoslav Republic of Macedonia between Thailand and Timor-Leste.
    expect(names.indexOf("Suriname")).toBeLessThan(names.indexOf("Swaziland"));
    expect(names.indexOf("Swaziland")).toBeLessThan(names.indexOf("Sweden"));
    expect(names.indexOf("Tunisia")).toBeLessThan(names.indexOf("Turkey"));
    expect(names.indexOf("Turkey")).toBeLessThan(names.indexOf("Turkmenistan"));
    expect(names.indexOf("Thailand")).toBeLessThan(names.indexOf("The former Yugoslav Republic of Macedonia"));
    expect(names.indexOf("The former Yugoslav Republic of Macedonia")).toBeLessThan(names.indexOf("Timor-Leste"));
    expect(names[0]).toBe("Afghanistan");
    expect(names.at(-1)).toBe("Zimbabwe");

    const today = membersOn(MEMBER_STATES, "2024-01-01").map((m) => m.name);
    expect(today).toHaveLength(193);
    expect(today.indexOf("Cabo Verde")).toBeLessThan(today.indexOf("Cambodia"));
    expect(today.indexOf("Tunisia")).toBeLessThan(today.indexOf("Türkiye"));
    expect(today.indexOf("Türkiye")).toBeLessThan(today.indexOf("Turkmenistan"));
  });

  it("takes a locale", () => {
    const names = membersOn(MEMBER_STATES, "2024-01-01", "sv").map((m) => m.name);
    // Swedish collation sorts ü as y, so Türkiye follows Turkmenistan and Tuvalu.
    expect(names.indexOf("Türkiye")).toBeGreaterThan(names.indexOf("Tuvalu"));
  });
});

describe("nameInOn: the name history in the six languages", () => {
  // Built as lib/membership/queries.ts builds it from the seeded database.
  const history = (iso3: string): NameHistory => ({
    iso3,
    current: Object.fromEntries(LOCALES.map((l) => [l, l === "en" ? byIso(iso3).name : stateName(iso3, l)])) as NameHistory["current"],
    changes: NAME_CHANGES.filter((c) => c.iso3 === iso3).map((c) => ({ from: c.from, previous: { en: c.previousName, ...c.previousNames } })),
  });

  it("changes on the day of the change in every language (Türkiye, 1 June 2022)", () => {
    const tur = history("TUR");
    expect(["en", "fr", "es"].map((l) => nameInOn(tur, "2022-05-31", l as "en"))).toEqual(["Turkey", "Turquie", "Turquía"]);
    expect(["en", "fr", "es"].map((l) => nameInOn(tur, "2022-06-01", l as "en"))).toEqual(["Türkiye", "Türkiye", "Türkiye"]);
  });

  it("gives the forms of 2010 in every language", () => {
    const on2010 = (iso3: string) => LOCALES.map((l) => nameInOn(history(iso3), "2010-07-20", l));
    // ar, zh, en, fr, ru, es
    expect(on2010("CZE")).toEqual(["الجمهورية التشيكية", "捷克共和国", "Czech Republic", "République tchèque", "Чешская Республика", "República Checa"]);
    expect(on2010("MKD")).toEqual([
      "جمهورية مقدونيا اليوغوسلافية السابقة",
      "前南斯拉夫的马其顿共和国",
      "The former Yugoslav Republic of Macedonia",
      "ex-République yougoslave de Macédoine",
      "бывшая югославская Республика Македония",
      "ex República Yugoslava de Macedonia",
    ]);
    expect(on2010("SWZ")[3]).toBe("Swaziland");
    expect(on2010("LBY")[3]).toBe("Jamahiriya arabe libyenne");
    expect(nameInOn(history("LBY"), "2011-09-16", "fr")).toBe("Libye");
    // Serbia's two changes: the earliest change not yet in force gives the name.
    expect(nameInOn(history("SRB"), "2004-01-01", "fr")).toBe("Serbie-et-Monténégro");
    expect(nameInOn(history("SRB"), "2002-01-01", "fr")).toBe("Yougoslavie");
  });

  it("the seed has every previous name in the five other languages; today's come from the maintained names", () => {
    for (const c of NAME_CHANGES) {
      for (const l of ["ar", "zh", "fr", "ru", "es"] as const) expect(c.previousNames[l], `${c.iso3} ${l}`).toMatch(/\S/);
    }
    expect(history("TUR").current.fr).toBe("Türkiye");
    expect(history("CZE").current.fr).toBe("Tchéquie");
  });
});
