import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repliesCsv, repliesXlsx } from "@/lib/review/exports";
import type { ServiceContext } from "@/lib/context";
import type { Actor } from "@/lib/permissions";
import { submitReply } from "@/lib/submissions/service";
import { newYorkTime } from "@/lib/time";
import { makeUser } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

let t: TestDatabase;
const FORMULA = '=HYPERLINK("https://evil.example","Click")';
const ctx = (actor: Actor, now: string): ServiceContext => ({ db: t.conn.db, actor, now: newYorkTime(now) });

beforeAll(async () => {
  t = await openTestDatabase();
  const india = await makeUser(t.conn.db, { role: "delegation", iso3: "IND" });
  const france = await makeUser(t.conn.db, { role: "delegation", iso3: "FRA" });
  await submitReply(ctx(india, "2010-05-01T12:00"), { iso3: "IND", session: 65, letter: "a", language: "en", isNilReply: false, publication: "public", body: `${FORMULA}\n\nThe **national CERT** is *active*.`, expectedVersion: 0 });
  await submitReply(ctx(france, "2010-06-02T09:30"), { iso3: "FRA", session: 65, letter: "b", language: "fr", isNilReply: true, publication: "restricted", body: "", expectedVersion: 0 });
});
afterAll(async () => t?.close());

describe("exports a spreadsheet takes as they are", () => {
  it("writes CSV with New York dates a parser reads as dates, words, plain text, and neutralised cells", async () => {
    const csv = await repliesCsv(t.conn.db, 65);
    const rows = parse(csv, { bom: true, columns: true, cast: true, cast_date: true }) as Record<string, unknown>[];
    const header = Object.keys(rows[0]!);
    expect(header).toContain("Received (New York time, America/New_York)");
    const [fra, ind] = rows; // by State name: France, India
    expect(ind!["Received (New York time, America/New_York)"]).toBeInstanceOf(Date);
    expect(csv).toContain("2010-05-01 12:00");
    expect(fra).toMatchObject({ State: "France", Item: "(b)", Late: "yes", "Nil reply": "yes", "Language of the original": "French", Publication: "Restricted", Status: "Submitted" });
    expect(ind).toMatchObject({ Late: "no", "Nil reply": "no", "Language of the original": "English" });
    expect(ind!["Reply (plain text)"]).toBe(`'${FORMULA}\nThe national CERT is active.`);
    expect(String(ind!["Reply (original, Markdown)"]).startsWith(`'=HYPERLINK`)).toBe(true);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it("writes the same data as a workbook with typed columns, a frozen header and filters", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await repliesXlsx(t.conn.db, 65)) as unknown as ExcelJS.Buffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getRow(1).getCell(6).value).toBe("Received (New York time, America/New_York)");
    const ind = sheet.getRow(3);
    expect(ind.getCell(1).value).toBe("India");
    expect(ind.getCell(6).value).toEqual(new Date(Date.UTC(2010, 4, 1, 12, 0)));
    expect(ind.getCell(6).numFmt).toBe("yyyy-mm-dd hh:mm");
    expect(ind.getCell(7).value).toBe(false);
    expect(sheet.getRow(2).getCell(8).value).toBe(true);
    expect(ind.getCell(11).value).toBe(1);
    // Text stays text: the formula-looking reply is a string cell, never a formula.
    const cell = ind.getCell(14);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe(`${FORMULA}\n\nThe **national CERT** is *active*.`);
  });
});
