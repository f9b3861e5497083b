import { describe, expect, it } from "vitest";
import { neutraliseSpreadsheetCell, toExcelCsv } from "./csv";

describe("toExcelCsv", () => {
  it("starts with a BOM, quotes what needs it and ends lines with CRLF", () => {
    const csv = toExcelCsv(["State", "Text"], [["Côte d'Ivoire", 'Views, "quoted"\nand a new line'], ["中国", null]]);
    expect(csv.startsWith("\uFEFFState,Text\r\n")).toBe(true);
    expect(csv).toContain(`Côte d'Ivoire,"Views, ""quoted""\nand a new line"\r\n`);
    expect(csv).toContain("中国,\r\n");
  });
});

describe("neutraliseSpreadsheetCell (OWASP CSV injection)", () => {
  it.each(["=HYPERLINK(\"https://evil.example\",\"click\")", "-2+3+cmd|' /C calc'!A0", "+1+1", "@SUM(A1:A2)", "\t=1+1", "\r=1+1"])(
    "prefixes %j with a quote",
    (value) => {
      expect(neutraliseSpreadsheetCell(value)).toBe(`'${value}`);
    },
  );

  it("leaves ordinary text, numbers and empty cells alone", () => {
    expect(neutraliseSpreadsheetCell("France")).toBe("France");
    expect(neutraliseSpreadsheetCell(" =not a formula in first place")).toBe(" =not a formula in first place");
    expect(neutraliseSpreadsheetCell(-3)).toBe(-3);
    expect(neutraliseSpreadsheetCell("")).toBe("");
  });

  it("is applied to every text cell of a CSV export", () => {
    const csv = toExcelCsv(["State", "Reply"], [["France", "=HYPERLINK(\"https://evil.example\")"], ["Brazil", "-2+3+cmd|' /C calc'!A0"]]);
    expect(csv).toContain(`France,"'=HYPERLINK(""https://evil.example"")"\r\n`);
    expect(csv).toContain(`Brazil,'-2+3+cmd|' /C calc'!A0`);
    expect(csv).not.toMatch(/,=|,-2/);
  });
});
