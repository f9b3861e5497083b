import { describe, expect, it } from "vitest";
import { matchAcceptLanguage, negotiateLocale, parseAcceptLanguage } from "./negotiate";

describe("parseAcceptLanguage", () => {
  it("orders by quality, keeps header order on ties, drops q=0 and *", () => {
    expect(parseAcceptLanguage("de;q=0.5, fr-CH, fr;q=0.9, *;q=0.1, ru;q=0")).toEqual(["fr-CH", "fr", "de"]);
  });
  it("skips malformed tags", () => {
    expect(parseAcceptLanguage("<script>, es")).toEqual(["es"]);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
  });
});

describe("matchAcceptLanguage", () => {
  it.each([
    ["fr-CH,fr;q=0.9,en;q=0.8", "fr"],
    ["ar-EG", "ar"],
    ["zh-CN,zh;q=0.9", "zh"],
    ["es-419", "es"],
    ["ru-RU", "ru"],
    ["de-DE,es;q=0.5", "es"],
    ["de-DE", "en"],
    ["", "en"],
  ])("%s → %s", (header, expected) => {
    expect(matchAcceptLanguage(header)).toBe(expected);
  });
});

describe("negotiateLocale", () => {
  it("prefers the saved preference, then the cookie, then the browser, then English", () => {
    expect(negotiateLocale({ saved: "ar", cookie: "fr", acceptLanguage: "es" })).toBe("ar");
    expect(negotiateLocale({ saved: null, cookie: "fr", acceptLanguage: "es" })).toBe("fr");
    expect(negotiateLocale({ saved: "xx", cookie: "yy", acceptLanguage: "ru" })).toBe("ru");
    expect(negotiateLocale({})).toBe("en");
  });
});
