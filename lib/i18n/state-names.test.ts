import { describe, expect, it } from "vitest";
import { MEMBER_STATES } from "../../db/seed/member-states";
import { LOCALES } from "./locales";
import { ISO3_TO_ISO2, UN_OVERRIDES, inReaderLanguage, listNames, readerStateName, sortedStates, stateName, stateNameEntry } from "./state-names";

describe("Member State names", () => {
  it("maps every one of the 193 Member States, and nothing else, to a distinct ISO alpha-2 code", () => {
    expect(MEMBER_STATES).toHaveLength(193);
    expect(Object.keys(ISO3_TO_ISO2).sort()).toEqual(MEMBER_STATES.map((s) => s.iso3).sort());
    const iso2 = Object.values(ISO3_TO_ISO2);
    expect(new Set(iso2).size).toBe(193);
    for (const code of iso2) expect(code).toMatch(/^[A-Z]{2}$/);
  });

  it("CLDR knows every code (a wrong alpha-2 would come back undefined)", () => {
    const dn = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
    for (const [iso3, iso2] of Object.entries(ISO3_TO_ISO2)) expect(dn.of(iso2), iso3).toBeTruthy();
  });

  it("gives every State a non-empty, distinct name in every language", () => {
    for (const locale of LOCALES) {
      const names = MEMBER_STATES.map((s) => stateName(s.iso3, locale));
      for (const [i, name] of names.entries()) expect(name.trim(), `${MEMBER_STATES[i]!.iso3} ${locale}`).not.toBe("");
      expect(new Set(names).size, locale).toBe(193);
    }
  });

  it("overrides only Member States", () => {
    for (const table of Object.values(UN_OVERRIDES)) for (const iso3 of Object.keys(table)) expect(ISO3_TO_ISO2[iso3], iso3).toBeDefined();
  });

  it("returns the UN's official forms, marked as such", () => {
    const expected: Array<[string, "fr" | "es" | "ru" | "zh" | "ar" | "en", string]> = [
      ["RUS", "fr", "Fédération de Russie"],
      ["KOR", "fr", "République de Corée"],
      ["PRK", "fr", "République populaire démocratique de Corée"],
      ["GBR", "fr", "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord"],
      ["USA", "fr", "États-Unis d'Amérique"],
      ["IRN", "fr", "Iran (République islamique d')"],
      ["SYR", "fr", "République arabe syrienne"],
      ["TZA", "fr", "République-Unie de Tanzanie"],
      ["VEN", "fr", "Venezuela (République bolivarienne du)"],
      ["BOL", "fr", "Bolivie (État plurinational de)"],
      ["FSM", "fr", "Micronésie (États fédérés de)"],
      ["MDA", "fr", "République de Moldova"],
      ["LAO", "fr", "République démocratique populaire lao"],
      ["VNM", "fr", "Viet Nam"],
      ["TUR", "fr", "Türkiye"],
      ["RUS", "es", "Federación de Rusia"],
      ["KOR", "es", "República de Corea"],
      ["GBR", "es", "Reino Unido de Gran Bretaña e Irlanda del Norte"],
      ["USA", "es", "Estados Unidos de América"],
      ["IRN", "es", "Irán (República Islámica del)"],
      ["RUS", "ru", "Российская Федерация"],
      ["KOR", "ru", "Республика Корея"],
      ["GBR", "ru", "Соединенное Королевство Великобритании и Северной Ирландии"],
      ["USA", "ru", "Соединенные Штаты Америки"],
      ["RUS", "zh", "俄罗斯联邦"],
      ["KOR", "zh", "大韩民国"],
      ["GBR", "zh", "大不列颠及北爱尔兰联合王国"],
      ["USA", "zh", "美利坚合众国"],
      ["RUS", "ar", "الاتحاد الروسي"],
      ["KOR", "ar", "جمهورية كوريا"],
      ["GBR", "ar", "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية"],
      ["USA", "ar", "الولايات المتحدة الأمريكية"],
      ["GBR", "en", "United Kingdom of Great Britain and Northern Ireland"],
      ["TUR", "en", "Türkiye"],
    ];
    for (const [iso3, locale, name] of expected) {
      expect(stateNameEntry(iso3, locale), `${iso3} ${locale}`).toEqual({ name, official: true, source: "un" });
    }
  });

  it("falls back to CLDR, not marked official", () => {
    expect(stateNameEntry("FRA", "fr")).toEqual({ name: "France", official: false, source: "cldr" });
    expect(stateNameEntry("DEU", "zh")).toEqual({ name: "德国", official: false, source: "cldr" });
    expect(stateNameEntry("XXX", "fr")).toBeUndefined();
    expect(stateName("XXX", "fr")).toBe("XXX");
  });

  it("sorts in the reader's language", () => {
    // Allemagne before Autriche before Égypte (accent ignored) before Espagne in French.
    expect(sortedStates(["ESP", "EGY", "AUT", "DEU"], "fr")).toEqual(["DEU", "AUT", "EGY", "ESP"]);
    // UN Arabic order ignores the article: الاتحاد الروسي, إثيوبيا, أذربيجان, الأرجنتين, الأردن, أرمينيا.
    expect(sortedStates(["ARM", "JOR", "ARG", "AZE", "ETH", "RUS"], "ar")).toEqual(["RUS", "ETH", "AZE", "ARG", "JOR", "ARM"]);
  });

  it("names a State for its reader: the name of the day in English, the reader's language otherwise", () => {
    // English keeps the name the database had on the day (Swaziland before its renaming).
    expect(readerStateName("SWZ", "Swaziland", "en")).toBe("Swaziland");
    expect(readerStateName("FRA", "France", "ar")).toBe("فرنسا");
    expect(readerStateName("RUS", "Russian Federation", "fr")).toBe("Fédération de Russie");
  });

  it("renames and sorts a list of States in the reader's language, keeping their other fields", () => {
    const rows = [
      { iso3: "ESP", name: "Spain", n: 1 },
      { iso3: "DEU", name: "Germany", n: 2 },
      { iso3: "EGY", name: "Egypt", n: 3 },
    ];
    expect(inReaderLanguage(rows, "fr")).toEqual([
      { iso3: "DEU", name: "Allemagne", n: 2 },
      { iso3: "EGY", name: "Égypte", n: 3 },
      { iso3: "ESP", name: "Espagne", n: 1 },
    ]);
    expect(inReaderLanguage(rows, "en").map((r) => r.iso3)).toEqual(["EGY", "DEU", "ESP"]);
    expect(rows[0]!.name).toBe("Spain");
  });

  it("lists names with the reader's separator", () => {
    expect(listNames(["France", "Mali"], "en")).toBe("France, Mali");
    expect(listNames(["فرنسا", "مالي"], "ar")).toBe("فرنسا، مالي");
    expect(listNames(["法国", "马里"], "zh")).toBe("法国、马里");
  });
});
