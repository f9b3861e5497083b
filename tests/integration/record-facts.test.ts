import { and, eq } from "drizzle-orm";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documents, gaSessions, memberStates, reportingCycles, stateNameChanges, submissions, requestedItems } from "@/db/schema";
import type { ServiceContext } from "@/lib/context";
import { getExpertGroupsView } from "@/lib/expert-group/queries";
import { LOCALES } from "@/lib/i18n/locales";
import type { Actor } from "@/lib/permissions";
import { compileReport } from "@/lib/report/compile";
import { renderDocx } from "@/lib/report/docx";
import { loadIssuedDocument, loadNextDocument } from "@/lib/report/queries";
import { issueReport } from "@/lib/report/service";
import { addResolution } from "@/lib/resolutions/service";
import { reviewTransition } from "@/lib/review/service";
import { getStateDashboard } from "@/lib/submissions/queries";
import { submitReply } from "@/lib/submissions/service";
import { newYorkTime } from "@/lib/time";
import { getCyclePlans } from "@/lib/timeline/queries";
import { newResolutionInput } from "@/lib/validation/resolution";
import { cycleFor, makeUser, stateByIso3 } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

/*
 * The record as it stood: pages get only facts (an assumed date or venue never reaches them), and the report names
 * States and cites its mandate from the database, in each language as the documents of the day had them.
 */

let t: TestDatabase;
let admin: Actor;
let reviewer: Actor;
const ctx = (actor: Actor, now: Date): ServiceContext => ({ db: t.conn.db, actor, now });
const MAY_2010 = "2010-05-01";

beforeAll(async () => {
  t = await openTestDatabase();
  admin = await makeUser(t.conn.db, { role: "admin" });
  reviewer = await makeUser(t.conn.db, { role: "reviewer" });
});
afterAll(async () => t?.close());

/** A delegation replies to item (a) of a cycle on `now`, and the Secretariat accepts it. */
async function acceptedReply(iso3: string, session: number, body: string, now: Date) {
  const officer = await makeUser(t.conn.db, { role: "delegation", iso3 });
  const ref = { iso3, session, letter: "a" };
  const cycle = await cycleFor(t.conn.db, session);
  const [row] = await t.conn.db
    .select({ version: submissions.version })
    .from(submissions)
    .innerJoin(requestedItems, eq(requestedItems.id, submissions.itemId))
    .where(and(eq(submissions.memberStateId, (await stateByIso3(t.conn.db, iso3)).id), eq(submissions.cycleId, cycle.id), eq(requestedItems.letter, "a")));
  await submitReply(ctx(officer, now), { ...ref, body, language: "en", isNilReply: false, publication: "public", expectedVersion: row?.version ?? 0 });
  await reviewTransition(ctx(reviewer, now), { ...ref, action: "accept" });
}

async function docxText(report: ReturnType<typeof compileReport>): Promise<string> {
  const zip = await JSZip.loadAsync(await renderDocx(report));
  return (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
}

describe("pages show only facts", () => {
  it("the planning page gets the 63rd and 64th reports' symbols but not their assumed issue dates", async () => {
    const plans = await getCyclePlans(t.conn.db, MAY_2010);
    const report = (session: number) => plans.find((p) => p.targetSession === session)!.report;
    expect(report(63)).toEqual({ symbol: "A/63/139", issuedOn: null });
    expect(report(64)).toEqual({ symbol: "A/64/129", issuedOn: null });
    // Not issued by 1 May 2010: no symbol at all.
    expect(report(65)).toBeNull();
    const json = JSON.stringify(plans);
    expect(json).not.toContain('"2008-07-18"');
    expect(json).not.toContain('"2009-07-08"');
    expect(json).not.toMatch(/assum/i);
  });

  it("a State's page gets the same: the reports issued, without an assumed date", async () => {
    const cycle = await cycleFor(t.conn.db, 65);
    const dashboard = await getStateDashboard(t.conn.db, (await stateByIso3(t.conn.db, "FRA")).id, cycle.resolutionId, MAY_2010);
    expect(dashboard.map((d) => [d.cycle.targetSession, d.report])).toEqual([
      [63, { symbol: "A/63/139", issuedOn: null }],
      [64, { symbol: "A/64/129", issuedOn: null }],
      [65, null],
    ]);
    const json = JSON.stringify(dashboard);
    expect(json).not.toContain('"2008-07-18"');
    expect(json).not.toContain('"2009-07-08"');
    expect(json).not.toMatch(/assum/i);
  });

  it("a report date becomes a fact once documented: the page then gives it", async () => {
    const cycle = await cycleFor(t.conn.db, 65);
    const dashboard = await getStateDashboard(t.conn.db, (await stateByIso3(t.conn.db, "FRA")).id, cycle.resolutionId, MAY_2010);
    const c63 = dashboard.find((d) => d.cycle.targetSession === 63)!.cycle;
    const { milestones } = await import("@/db/schema");
    await t.conn.db.update(milestones).set({ assumption: null }).where(eq(milestones.cycleId, c63.id));
    try {
      expect((await getCyclePlans(t.conn.db, MAY_2010)).find((p) => p.targetSession === 63)!.report).toEqual({ symbol: "A/63/139", issuedOn: "2008-07-18" });
    } finally {
      await t.conn.db.update(milestones).set({ assumption: "Issue date assumed (see the cycle's notes)." }).where(and(eq(milestones.cycleId, c63.id), eq(milestones.kind, "report_issued")));
    }
  });

  it("the public expert-group page gets no assumed venue, day or month, and no note", async () => {
    const [view] = await getExpertGroupsView(t.conn.db, newYorkTime("2010-05-01T12:00"));
    expect(view!.sessions).toEqual([
      { id: expect.any(Number), number: 1, days: null, month: "2009-11", venue: "New York" },
      { id: expect.any(Number), number: 2, days: null, month: "2010-01", venue: "Geneva" },
      { id: expect.any(Number), number: 3, days: null, month: null, venue: null },
      { id: expect.any(Number), number: 4, days: null, month: "2010-07", venue: null },
    ]);
    const json = JSON.stringify(view);
    expect(json).not.toContain("2010-06-21");
    expect(json).not.toContain("2009-11-16");
    expect(json).not.toMatch(/probably|assum|guess/i);
  });
});

describe("the report's names and mandate come from the database", () => {
  beforeAll(async () => {
    await acceptedReply("TUR", 65, "Turkey's views on information security.", newYorkTime("2010-05-20T10:00"));
    await acceptedReply("CZE", 65, "The Czech Republic's views.", newYorkTime("2010-05-21T10:00"));
  });

  it("a 2010 report prints Turkey, Czech Republic; Turquie, République tchèque in French; the forms of 2010 in every language", async () => {
    const { source } = await loadNextDocument(t.conn.db, 65);
    const names = (locale: (typeof LOCALES)[number]) => compileReport(source, { locale, today: "2010-07-20" }).states.map((s) => s.name).sort();
    expect(names("en")).toEqual(["Czech Republic", "Turkey"]);
    expect(names("fr")).toEqual(["République tchèque", "Turquie"]);
    expect(names("es")).toEqual(["República Checa", "Turquía"]);
    expect(names("ru")).toEqual(["Турция", "Чешская Республика"]);
    expect(names("zh")).toEqual(["土耳其", "捷克共和国"].sort());
    expect(names("ar")).toEqual(["الجمهورية التشيكية", "تركيا"].sort());

    const issued = await issueReport(ctx(reviewer, newYorkTime("2010-07-20T11:00")), { session: 65, fingerprint: compileReport(source).fingerprint });
    expect(issued.symbol).toBe("A/65/154");
    const doc = (await loadIssuedDocument(t.conn.db, 65, 0)).source;
    const en = await docxText(compileReport(doc, { locale: "en" }));
    expect(en).toContain("Turkey");
    expect(en).not.toContain("Türkiye");
    expect(en).not.toContain("Czechia");
    const fr = await docxText(compileReport(doc, { locale: "fr" }));
    expect(fr).toContain("Turquie");
    expect(fr).not.toContain("Türkiye");
    expect(fr).not.toContain("Tchéquie");
  });

  it("the introduction cites the resolution the database records for the cycle, and follows a correction there", async () => {
    const { source } = await loadNextDocument(t.conn.db, 65);
    const intro = () => compileReport(source).sections.introduction.blocks[0];
    expect(source.mandate).toMatchObject({ resolution: "64/25", paragraph: 3 });
    // An addendum now (the report is issued); it cites 64/25.
    expect(intro()).toMatchObject({ text: expect.stringContaining("resolution 64/25") });

    const cycle = await cycleFor(t.conn.db, 65);
    const [r6337] = await t.conn.db.select({ id: documents.id }).from(documents).where(eq(documents.symbol, "A/RES/63/37"));
    await t.conn.db.update(reportingCycles).set({ mandatedById: r6337!.id }).where(eq(reportingCycles.id, cycle.id));
    try {
      const changed = (await loadNextDocument(t.conn.db, 65)).source;
      expect(changed.mandate).toMatchObject({ resolution: "63/37", introduction: null });
      const text = JSON.stringify(compileReport(changed).sections.introduction);
      expect(text).toContain("resolution 63/37");
      expect(text).not.toContain("64/25");
    } finally {
      await t.conn.db.update(reportingCycles).set({ mandatedById: cycle.mandatedById }).where(eq(reportingCycles.id, cycle.id));
    }
  });

  it("a name change recorded in the database is what the report prints", async () => {
    const tur = await stateByIso3(t.conn.db, "TUR");
    const where = and(eq(stateNameChanges.memberStateId, tur.id), eq(stateNameChanges.changedOn, "2022-06-01"));
    await t.conn.db.update(stateNameChanges).set({ changedOn: "2010-01-01" }).where(where);
    try {
      const doc = (await loadIssuedDocument(t.conn.db, 65, 0)).source;
      expect(compileReport(doc).states.map((s) => s.name)).toContain("Türkiye");
    } finally {
      await t.conn.db.update(stateNameChanges).set({ changedOn: "2022-06-01" }).where(and(eq(stateNameChanges.memberStateId, tur.id), eq(stateNameChanges.changedOn, "2010-01-01")));
    }
    expect((await loadIssuedDocument(t.conn.db, 65, 0)).source.replies.map((r) => r.state.history.current.fr)).toContain("Türkiye");
  });

  it("a report of 2023 prints Türkiye and Czechia, and Türkiye, Tchéquie in French", async () => {
    // A later cycle, as data: a resolution of 2022 inviting views for the seventy-eighth session (test data).
    await t.conn.db.insert(gaSessions).values({ number: 77, openingDate: "2022-09-13" }).onConflictDoNothing();
    await addResolution(
      ctx(admin, newYorkTime("2023-01-10T12:00")),
      newResolutionInput.parse({
        symbol: "A/RES/77/36",
        title: "Developments in the field of information and telecommunications in the context of international security",
        agendaItem: 94,
        adoptedOn: "2022-12-07",
        meeting: "",
        previousSymbol: "A/RES/62/17",
        preamble: "",
        paragraphs: [{ number: 3, verb: "Invites", text: "all Member States to continue to inform the Secretary-General of their views and assessments on the following questions:" }],
        items: [{ paragraph: 3, letter: "a", shortTitle: "General appreciation", text: "General appreciation of the issues of information security;" }],
        cycle: {
          targetSession: 78,
          sessionOpening: "2023-09-05",
          noteVerbaleDate: "2023-02-15",
          deadline: "2023-05-31",
          reportSymbol: "A/78/76",
          reportDueOn: "2023-07-14",
          issuanceLeadDays: 42,
          processingDays: 28,
          assumptions: "Test data.",
        },
        milestones: [],
      }),
    );
    const may2023 = newYorkTime("2023-05-10T10:00");
    await acceptedReply("TUR", 78, "Türkiye's views.", may2023);
    await acceptedReply("CZE", 78, "Czechia's views.", may2023);
    const { source } = await loadNextDocument(t.conn.db, 78);
    await issueReport(ctx(reviewer, newYorkTime("2023-07-14T11:00")), { session: 78, fingerprint: compileReport(source).fingerprint });
    const doc = (await loadIssuedDocument(t.conn.db, 78, 0)).source;
    expect(compileReport(doc).states.map((s) => s.name).sort()).toEqual(["Czechia", "Türkiye"]);
    const fr = await docxText(compileReport(doc, { locale: "fr" }));
    expect(fr).toContain("Türkiye");
    expect(fr).toContain("Tchéquie");
    expect(fr).not.toContain("Turquie");
    expect(compileReport(doc, { locale: "es" }).states.map((s) => s.name).sort()).toEqual(["Chequia", "Türkiye"]);
  });
});

describe("the name history in the database", () => {
  it("has every change's previous name in the six languages", async () => {
    const rows = await t.conn.db
      .select({ iso3: memberStates.iso3, previousName: stateNameChanges.previousName, previousNames: stateNameChanges.previousNames })
      .from(stateNameChanges)
      .innerJoin(memberStates, eq(memberStates.id, stateNameChanges.memberStateId));
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) {
      for (const l of ["ar", "zh", "fr", "ru", "es"] as const) expect(r.previousNames?.[l], `${r.iso3} ${l}`).toMatch(/\S/);
    }
    expect(rows.find((r) => r.iso3 === "MKD")!.previousNames).toMatchObject({ fr: "ex-République yougoslave de Macédoine", es: "ex República Yugoslava de Macedonia" });
    expect(rows.find((r) => r.iso3 === "SWZ")!.previousNames).toMatchObject({ fr: "Swaziland", es: "Swazilandia" });
  });
});
