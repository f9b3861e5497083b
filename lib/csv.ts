import { stringify } from "csv-stringify/sync";

/** The characters a spreadsheet reads as the start of a formula (OWASP "CSV Injection"). */
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

/**
 * Makes a text cell safe to open in a spreadsheet (Excel, LibreOffice, Google Sheets): a cell
 * beginning with =, +, -, @, a tab or a carriage return is prefixed with a single quote, so that
 * `=HYPERLINK(...)` or `-2+3+cmd|...` is shown as text and never evaluated. Numbers and booleans
 * are left as they are (a negative number is a number, not a formula). Every export to a
 * spreadsheet format (CSV here, XLSX later) must pass its text cells through this function.
 */
export function neutraliseSpreadsheetCell<T>(value: T): T | string {
  if (typeof value !== "string" || value.length === 0) return value;
  return FORMULA_TRIGGERS.has(value[0]!) ? `'${value}` : value;
}

export type CsvCell = string | number | boolean | null;

/**
 * CSV that opens cleanly in Excel: a UTF-8 byte-order mark (so "Côte d'Ivoire" and Arabic or
 * Chinese text survive), CRLF line ends, every field quoted when needed, every text cell
 * neutralised against formula injection.
 */
export function toExcelCsv(header: string[], rows: CsvCell[][]): string {
  const cell = (v: CsvCell) => (v === null ? "" : typeof v === "boolean" ? (v ? "yes" : "no") : neutraliseSpreadsheetCell(v));
  return "\uFEFF" + stringify([header.map(cell), ...rows.map((r) => r.map(cell))], { record_delimiter: "windows" });
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
