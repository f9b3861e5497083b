import { describe, expect, it } from "vitest";
import { toExcelCsv } from "./csv";

describe("toExcelCsv", () => {
  it("starts with a BOM, quotes what needs it and ends lines with CRLF", () => {
    const csv = toExcelCsv(["State", "Text"], [["Côte d'Ivoire", 'Views, "quoted"\nand a new line'], ["中国", null]]);
    expect(csv.startsWith("\uFEFFState,Text\r\n")).toBe(true);
    expect(csv).toContain(`Côte d'Ivoire,"Views, ""quoted""\nand a new line"\r\n`);
    expect(csv).toContain("中国,\r\n");
  });
});
