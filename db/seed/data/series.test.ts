import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  REPORTING_CYCLES,
  SERIES_DOCUMENTS,
  SERIES_RESOLUTIONS,
  SESSIONS,
  cycleForSession,
  documentBySymbol,
  mandateForSession,
  resolutionByNumber,
  type Fact,
} from "./series";

const RESOLUTION_TEXT = readFileSync(fileURLToPath(new URL("../source/A-RES-62-17.txt", import.meta.url)), "utf8");

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const RES_NUMBER = /^(\d{2})\/(\d{1,3})$/;
const DOC_SYMBOL = /^A\/(\d{2})\/\d{2,3}(\/(Add|Corr)\.\d)?$/;

function expectProvenance(fact: Fact<unknown>, what: string) {
  const ok = (typeof fact.source === "string" && fact.source.length > 5) || (typeof fact.assumption === "string" && fact.assumption.length > 5);
  expect(ok, `${what} has a source or an assumption`).toBe(true);
}

const UN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const unDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${UN_MONTHS[m! - 1]} ${y}`;
};

describe("resolutions of the series", () => {
  it("runs from 53/70 to 65/41, one a session, symbols well formed", () => {
    expect(SERIES_RESOLUTIONS.map((r) => r.number)).toEqual([
      "53/70", "54/49", "55/28", "56/19", "57/53", "58/32", "59/61", "60/45", "61/54", "62/17", "63/37", "64/25", "65/41",
    ]);
    for (const r of SERIES_RESOLUTIONS) {
      const m = RES_NUMBER.exec(r.number);
      expect(m, r.number).not.toBeNull();
      expect(Number(m![1])).toBe(r.session);
      expect(r.symbol).toBe(`A/RES/${r.number}`);
      expect(r.adoptedOn.value).toMatch(DAY);
      // A session's resolutions are adopted in the autumn of its year (session 53 = 1998).
      expect(r.adoptedOn.value.slice(0, 4)).toBe(String(1945 + r.session));
      expectProvenance(r.adoptedOn, `${r.number} adoption`);
      expectProvenance(r.reportsToSession, `${r.number} report`);
      if (r.agendaItem) expectProvenance(r.agendaItem, `${r.number} item`);
      expect(r.reportsToSession.value).toBe(r.session + 1);
    }
  });

  it("dates 53/70 to 61/54 exactly as recalled in the preamble of 62/17", () => {
    const recalled = SERIES_RESOLUTIONS.filter((r) => r.session < 62)
      .map((r, i, all) => `${i === all.length - 1 ? "and " : ""}${r.number} of ${unDate(r.adoptedOn.value)}`)
      .join(", ")
      .replace(", and", " and");
    expect(RESOLUTION_TEXT).toContain(`Recalling its resolutions ${recalled},`);
    expect(RESOLUTION_TEXT).toContain(`Resolution adopted by the General Assembly on ${unDate(resolutionByNumber("62/17")!.adoptedOn.value)}`);
    expect(RESOLUTION_TEXT).toContain(`Agenda item ${resolutionByNumber("62/17")!.agendaItem!.value}`);
  });
});

describe("documents of the series", () => {
  it("symbols are well formed, unique, of the session they name, with provenance", () => {
    const symbols = SERIES_DOCUMENTS.map((d) => d.symbol.value);
    expect(new Set(symbols).size).toBe(symbols.length);
    for (const d of SERIES_DOCUMENTS) {
      const m = DOC_SYMBOL.exec(d.symbol.value);
      expect(m, d.symbol.value).not.toBeNull();
      expect(Number(m![1])).toBe(d.session);
      expectProvenance(d.symbol, d.symbol.value);
      expectProvenance(d.mandatedBy, `${d.symbol.value} mandate`);
      if (d.issuedOn) {
        expect(d.issuedOn.value).toMatch(DAY);
        expectProvenance(d.issuedOn, `${d.symbol.value} date`);
      }
      if (d.agendaItem) expectProvenance(d.agendaItem, `${d.symbol.value} item`);
      expect(resolutionByNumber(d.mandatedBy.value), `${d.symbol.value} mandated by ${d.mandatedBy.value}`).toBeDefined();
      if (d.kind === "addendum") expect(d.symbol.value).toMatch(/\/Add\.\d$/);
      if (d.kind === "corrigendum") expect(d.symbol.value).toMatch(/\/Corr\.\d$/);
      if (d.kind === "sg_report") {
        // Each report to a session answers the resolution of the session before.
        expect(resolutionByNumber(d.mandatedBy.value)!.reportsToSession.value).toBe(d.session);
      }
    }
  });

  it("lists exactly the reports of footnote 3 and the group's report of footnote 4", () => {
    const fn3 = /³ (A\/54\/213.*)\./.exec(RESOLUTION_TEXT)![1]!;
    const expected = fn3
      .replace(/, and /g, ", ")
      .split(", ")
      .flatMap((part) => {
        const [base, ...rest] = part.split(" and ");
        return [base!, ...rest.map((p) => `${base}/${p}`)];
      });
    const listed = SERIES_DOCUMENTS.filter((d) => d.symbol.source?.includes("footnote 3")).map((d) => d.symbol.value);
    expect(listed).toEqual(expected);
    expect(expected).toContain("A/55/140/Corr.1");
    expect(RESOLUTION_TEXT).toContain("⁴ A/60/202.");
    expect(documentBySymbol("A/60/202")?.kind).toBe("expert_group_report");
    expect(documentBySymbol("A/65/201")?.issuedOn?.value).toBe("2010-07-30");
  });
});

describe("reporting cycles", () => {
  it("each names a mandating resolution of the series that asks for that session", () => {
    expect(REPORTING_CYCLES.map((c) => c.targetSession)).toEqual([63, 64, 65, 66]);
    for (const c of REPORTING_CYCLES) {
      const r = resolutionByNumber(c.mandatedBy.value);
      expect(r, `cycle ${c.targetSession}`).toBeDefined();
      expect(r!.reportsToSession.value).toBe(c.targetSession);
      expect(r!.session).toBe(c.targetSession - 1);
      expectProvenance(c.mandatedBy, `cycle ${c.targetSession} mandate`);
      expectProvenance(c.invitation, `cycle ${c.targetSession} invitation`);
      expectProvenance(c.items, `cycle ${c.targetSession} items`);
      expect(c.items.value.map((i) => i.letter)).toEqual(["a", "b", "c", "d"]);
      for (const f of [c.noteVerbaleOn, c.deadline]) {
        if (!f) continue;
        expect(f.value).toMatch(DAY);
        expectProvenance(f, `cycle ${c.targetSession} date`);
        expect(Number(f.value.slice(0, 4))).toBe(1945 + c.targetSession);
      }
      expect(c.reportSymbols.length).toBeGreaterThan(0);
      for (const s of c.reportSymbols) {
        const d = documentBySymbol(s);
        expect(d, s).toBeDefined();
        expect(d!.session).toBe(c.targetSession);
        expect(d!.mandatedBy.value).toBe(c.mandatedBy.value);
      }
    }
  });

  it("the sixty-fifth session's report is mandated by 64/25, not 62/17", () => {
    expect(cycleForSession(65)?.mandatedBy.value).toBe("64/25");
    expect(mandateForSession(65)?.symbol).toBe("A/RES/64/25");
    expect(mandateForSession(65)?.adoptedOn.value).toBe("2009-12-02");
    expect(cycleForSession(65)?.reportSymbols).toEqual(["A/65/154"]);
    expect(cycleForSession(65)?.noteVerbaleOn?.value).toBe("2010-02-26");
    expect(cycleForSession(65)?.introduction?.value[0]).toMatch(/^In paragraph 3 of its resolution 64\/25,/);
  });

  it("links every session to the right mandate, A/64/129/Add.1 included", () => {
    expect(mandateForSession(63)?.number).toBe("62/17");
    expect(mandateForSession(64)?.number).toBe("63/37");
    expect(mandateForSession(66)?.number).toBe("65/41");
    expect(mandateForSession(54)?.number).toBe("53/70");
    expect(cycleForSession(64)?.reportSymbols).toContain("A/64/129/Add.1");
  });

  it("62/17's questions are the resolution's own words; 65/41 adds the expert group's recommendations", () => {
    for (const item of cycleForSession(63)!.items.value) expect(RESOLUTION_TEXT).toContain(`(${item.letter}) ${item.text}`);
    expect(RESOLUTION_TEXT.replaceAll("*", "")).toContain(`3. ${cycleForSession(63)!.invitation.value}`);
    expect(cycleForSession(66)!.invitation.value).toContain(
      "taking into account the assessments and recommendations contained in the report of the Group of Governmental Experts",
    );
    expect(cycleForSession(65)!.invitation.value).not.toContain("Group of Governmental Experts");
  });

  it("sessions open in September of their year", () => {
    for (const s of SESSIONS) {
      expect(s.opensOn.value).toMatch(new RegExp(`^${1945 + s.number}-09-`));
      expectProvenance(s.opensOn, `session ${s.number}`);
    }
  });
});
