import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { documents, reportingCycles, resolutions, stateNameChanges } from "@/db/schema";
import { countMembersOn, listMembersOn, namesOn, stateNameOnDay } from "@/lib/membership/queries";
import { getCycleMandate, listCycleMandates } from "@/lib/resolutions/queries";
import { getCoverageMatrix } from "@/lib/review/queries";
import { getSeries } from "@/lib/series/queries";
import { findStateOnDay } from "@/lib/states/queries";
import { endOfNewYorkDay } from "@/lib/time";
import { cycleFor } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t?.close());

describe("membership and names as of a day, from the database", () => {
  it("192 Members on 13 July 2011, 193 from 14 July 2011", async () => {
    expect(await countMembersOn(t.conn.db, "2011-07-13")).toBe(192);
    expect(await countMembersOn(t.conn.db, "2011-07-14")).toBe(193);
    const before = await listMembersOn(t.conn.db, "2011-07-13");
    expect(before.some((s) => s.iso3 === "SSD")).toBe(false);
    expect((await listMembersOn(t.conn.db, "2011-07-14")).some((s) => s.iso3 === "SSD")).toBe(true);
  });

  it("holds every name change and gives the earlier name the day before, the new one on the day", async () => {
    const changes = await t.conn.db.select().from(stateNameChanges);
    expect(changes.length).toBeGreaterThanOrEqual(10);
    expect(await stateNameOnDay(t.conn.db, "TUR", "2022-05-31")).toBe("Turkey");
    expect(await stateNameOnDay(t.conn.db, "TUR", "2022-06-01")).toBe("Türkiye");
    expect(await stateNameOnDay(t.conn.db, "LBY", "2011-09-15")).toBe("Libyan Arab Jamahiriya");
    expect(await stateNameOnDay(t.conn.db, "LBY", "2011-09-16")).toBe("Libya");
    // The delegation home reads the State and its name of the day together.
    expect(await findStateOnDay(t.conn.db, "tur", "2022-05-31")).toMatchObject({ iso3: "TUR", name: "Türkiye", nameOnDay: "Turkey" });
    expect(await findStateOnDay(t.conn.db, "TUR", "2022-06-01")).toMatchObject({ nameOnDay: "Türkiye" });
    expect(await findStateOnDay(t.conn.db, "XXX", "2022-06-01")).toBeNull();
    expect(await findStateOnDay(t.conn.db, "../", "2022-06-01")).toBeNull();
    const names2010 = await namesOn(t.conn.db, "2010-05-01");
    expect([names2010.get("CZE"), names2010.get("SWZ"), names2010.get("MKD"), names2010.get("CPV"), names2010.get("NLD")]).toEqual([
      "Czech Republic",
      "Swaziland",
      "The former Yugoslav Republic of Macedonia",
      "Cape Verde",
      "Netherlands",
    ]);
  });

  it("sorts by the names of the day", async () => {
    const names = (await listMembersOn(t.conn.db, "2010-05-01")).map((s) => s.name);
    expect(names).toHaveLength(192);
    expect(names).toEqual([...names].sort(new Intl.Collator("en").compare));
    expect(names.indexOf("Swaziland")).toBeGreaterThan(names.indexOf("Suriname"));
  });

  it("a later cycle, dated after June 2022, shows Türkiye and 193 States", async () => {
    const [primary] = await t.conn.db.select().from(resolutions).where(eq(resolutions.symbol, "A/RES/62/17"));
    // A test cycle as data, not in the seed: deadline 31 May 2023.
    const later = { id: -1, resolutionId: primary!.id, deadline: endOfNewYorkDay("2023-05-31") };
    const { rows } = await getCoverageMatrix(t.conn.db, later);
    expect(rows).toHaveLength(193);
    expect(rows.find((r) => r.state.iso3 === "TUR")!.state.name).toBe("Türkiye");
    expect(rows.find((r) => r.state.iso3 === "NLD")!.state.name).toBe("Netherlands (Kingdom of the)");
    const { rows: of2010 } = await getCoverageMatrix(t.conn.db, await cycleFor(t.conn.db, 65));
    expect(of2010).toHaveLength(192);
    expect(of2010.find((r) => r.state.iso3 === "TUR")!.state.name).toBe("Turkey");
  });
});

describe("the series as data", () => {
  it("each cycle names its own mandating resolution", async () => {
    const mandates = await listCycleMandates(t.conn.db);
    expect([63, 64, 65].map((s) => mandates.get(s)?.symbol)).toEqual(["A/RES/62/17", "A/RES/63/37", "A/RES/64/25"]);
    const m65 = await getCycleMandate(t.conn.db, await cycleFor(t.conn.db, 65));
    expect(m65).toMatchObject({ number: "64/25", adoptedOn: "2009-12-02", paragraph: 3 });
    expect(m65.invitation).toMatch(/^Invites all Member States to continue to inform the Secretary-General/);
  });

  it("records the documents: addenda under their report, the tracker's own reports not yet issued", async () => {
    const rows = await t.conn.db.select().from(documents);
    const by = (symbol: string) => rows.find((d) => d.symbol === symbol)!;
    expect(rows.filter((d) => d.kind === "resolution").map((d) => d.number)).toEqual(
      expect.arrayContaining(["53/70", "61/54", "62/17", "63/37", "64/25", "65/41"]),
    );
    expect(by("A/64/129/Add.1").parentId).toBe(by("A/64/129").id);
    expect(by("A/64/129").mandatedById).toBe(by("A/RES/63/37").id);
    expect(by("A/65/154")).toMatchObject({ issuedOn: null, mandatedById: by("A/RES/64/25").id });
    expect(by("A/55/140/Corr.1")).toMatchObject({ kind: "corrigendum", parentId: by("A/55/140").id, citedOn: "2007-12-05" });
    // An estimated date is never shown as the document's date: it only says from when the document is listed.
    expect(by("A/63/139")).toMatchObject({ issuedOn: null, citedOn: "2008-07-18" });
    expect(by("A/65/201")).toMatchObject({ issuedOn: "2010-07-30", citedOn: null });
    const [c65] = await t.conn.db.select().from(reportingCycles).where(eq(reportingCycles.targetSession, 65));
    expect(c65!.mandatedById).toBe(by("A/RES/64/25").id);
  });

  it("on 1 May 2010 the series holds what existed then, and the sixty-fifth report as to be issued", async () => {
    const series = await getSeries(t.conn.db, "2010-05-01");
    const symbols = series.documents.map((d) => d.symbol);
    expect(symbols).toEqual(expect.arrayContaining(["A/RES/53/70", "A/54/213", "A/55/140/Corr.1", "A/60/202", "A/RES/64/25", "A/64/129/Add.1"]));
    for (const future of ["A/65/154", "A/65/201", "A/RES/65/41", "A/66/152"]) expect(symbols).not.toContain(future);
    expect(series.pending).toEqual([{ session: 65, mandatedBy: "A/RES/64/25" }]);
    expect(series.archive.map((a) => a.session)).toEqual([64, 63, 61, 60, 59, 58, 57, 56, 55, 54]);
    const a64 = series.archive.find((a) => a.session === 64)!;
    expect(a64.documents.map((d) => d.symbol)).toEqual(["A/64/129", "A/64/129/Add.1"]);
    expect(a64).toMatchObject({ mandatedBy: "A/RES/63/37", tracked: true });
    expect(series.archive.find((a) => a.session === 54)).toMatchObject({ tracked: false, replied: [] });
  });

  it("after the group's report, the series lists it; 65/41 only from its adoption", async () => {
    const august = await getSeries(t.conn.db, "2010-08-01");
    expect(august.documents.map((d) => d.symbol)).toContain("A/65/201");
    expect(august.documents.map((d) => d.symbol)).not.toContain("A/RES/65/41");
    expect((await getSeries(t.conn.db, "2010-12-08")).documents.map((d) => d.symbol)).toContain("A/RES/65/41");
  });
});
