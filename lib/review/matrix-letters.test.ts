import { describe, expect, it } from "vitest";
import { loadCatalog, type Messages } from "@/i18n/catalog";
import { LOCALES } from "@/lib/i18n/locales";
import { STATUSES } from "@/lib/status";

/** The matrix tells statuses apart by their letters as well as their colours: in every language, no two statuses share letters. */
describe("the matrix's status letters", () => {
  it.each(LOCALES)("%s: one distinct abbreviation per status", (locale) => {
    const abbr = ((loadCatalog(locale).secretariatDay as Messages).matrix as Messages).abbr as Record<string, string>;
    const letters = STATUSES.map((s) => abbr[s]);
    for (const [i, l] of letters.entries()) expect(l, STATUSES[i]).toMatch(/\S/);
    expect(new Set(letters).size).toBe(STATUSES.length);
  });
});
