import { stringify } from "csv-stringify/sync";

/**
 * CSV that opens cleanly in Excel: a UTF-8 byte-order mark (so "Côte d'Ivoire" and Arabic or
 * Chinese text survive), CRLF line ends, every field quoted when needed.
 */
export function toExcelCsv(header: string[], rows: (string | number | boolean | null)[][]): string {
  const cell = (v: string | number | boolean | null) => (v === null ? "" : typeof v === "boolean" ? (v ? "yes" : "no") : typeof v === "string" ? neutraliseCell(v) : v);
  return "\uFEFF" + stringify([header.map(neutraliseCell), ...rows.map((r) => r.map(cell))], { record_delimiter: "windows" });
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet will never run as a formula: one that begins with =, +, -, @, a tab or
 * a carriage return gets a single quote in front (OWASP's advice); every other text is unchanged.
 * Numbers are written as numbers and need nothing.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvResponse(fileName: string, body: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
