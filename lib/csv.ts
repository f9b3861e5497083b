import { stringify } from "csv-stringify/sync";

/**
 * CSV that opens cleanly in Excel: a UTF-8 byte-order mark (so "Côte d'Ivoire" and Arabic or
 * Chinese text survive), CRLF line ends, every field quoted when needed.
 */
export function toExcelCsv(header: string[], rows: (string | number | boolean | null)[][]): string {
  return "\uFEFF" + stringify([header, ...rows.map((r) => r.map((v) => (v === null ? "" : typeof v === "boolean" ? (v ? "yes" : "no") : v)))], { record_delimiter: "windows" });
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
