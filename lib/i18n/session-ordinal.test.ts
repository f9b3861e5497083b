import { describe, expect, it } from "vitest";
import { sessionName, sessionOrdinal } from "./session-ordinal";
import { LOCALES } from "./locales";

describe("sessionName, in words", () => {
  it.each([
    ["en", ["sixty-third session", "sixty-fourth session", "sixty-fifth session", "sixty-sixth session"]],
    ["fr", ["soixante-troisième session", "soixante-quatrième session", "soixante-cinquième session", "soixante-sixième session"]],
    ["es", ["sexagésimo tercer período de sesiones", "sexagésimo cuarto período de sesiones", "sexagésimo quinto período de sesiones", "sexagésimo sexto período de sesiones"]],
    ["ru", ["шестьдесят третья сессия", "шестьдесят четвертая сессия", "шестьдесят пятая сессия", "шестьдесят шестая сессия"]],
    ["zh", ["第六十三届会议", "第六十四届会议", "第六十五届会议", "第六十六届会议"]],
    ["ar", ["الدورة الثالثة والستون", "الدورة الرابعة والستون", "الدورة الخامسة والستون", "الدورة السادسة والستون"]],
  ] as const)("%s: sessions 63 to 66", (locale, expected) => {
    expect([63, 64, 65, 66].map((n) => sessionName(n, locale))).toEqual(expected);
  });

  it("oblique case in Russian and Arabic", () => {
    expect(sessionName(65, "ru", { case: "oblique" })).toBe("шестьдесят пятой сессии");
    expect(sessionName(63, "ru", { case: "oblique" })).toBe("шестьдесят третьей сессии");
    expect(sessionName(65, "ar", { case: "oblique" })).toBe("الدورة الخامسة والستين");
    expect(`في دورتها ${sessionOrdinal(65, "ar", { case: "oblique" })}`).toBe("في دورتها الخامسة والستين");
    expect(sessionName(60, "ar", { case: "oblique" })).toBe("الدورة الستين");
  });

  it.each([
    [50, "en", "nominative", "fiftieth session"],
    [80, "en", "nominative", "eightieth session"],
    [61, "fr", "nominative", "soixante et unième session"],
    [70, "fr", "nominative", "soixante-dixième session"],
    [71, "fr", "nominative", "soixante et onzième session"],
    [72, "fr", "nominative", "soixante-douzième session"],
    [80, "fr", "nominative", "quatre-vingtième session"],
    [59, "fr", "nominative", "cinquante-neuvième session"],
    [61, "es", "nominative", "sexagésimo primer período de sesiones"],
    [50, "es", "nominative", "quincuagésimo período de sesiones"],
    [70, "es", "nominative", "septuagésimo período de sesiones"],
    [50, "ru", "nominative", "пятидесятая сессия"],
    [70, "ru", "oblique", "семидесятой сессии"],
    [70, "zh", "nominative", "第七十届会议"],
    [61, "ar", "nominative", "الدورة الحادية والستون"],
    [50, "ar", "nominative", "الدورة الخمسون"],
  ] as const)("round numbers, 'et un', 'et onze', apocope and the eleventh: %i, %s, %s", (n, locale, grammaticalCase, expected) => {
    expect(sessionName(n, locale, { case: grammaticalCase })).toBe(expected);
  });

  it("numeric forms for short labels", () => {
    expect([63, 65, 71].map((n) => sessionOrdinal(n, "en", { style: "numeric" }))).toEqual(["63rd", "65th", "71st"]);
    expect(sessionOrdinal(65, "fr", { style: "numeric" })).toBe("65e");
    expect(sessionOrdinal(65, "es", { style: "numeric" })).toBe("65.º");
    expect(sessionOrdinal(63, "es", { style: "numeric" })).toBe("63.er");
    expect(sessionOrdinal(65, "ru", { style: "numeric" })).toBe("65-я");
    expect(sessionOrdinal(65, "ru", { style: "numeric", case: "oblique" })).toBe("65-й");
    expect(sessionName(65, "zh", { style: "numeric" })).toBe("第65届会议");
  });

  it("gives a non-empty, distinct name for every session 50 to 80 in every language", () => {
    for (const locale of LOCALES) {
      const names = Array.from({ length: 31 }, (_, i) => sessionName(50 + i, locale));
      expect(new Set(names).size).toBe(31);
      for (const name of names) expect(name).toMatch(/\S/);
    }
  });
});
