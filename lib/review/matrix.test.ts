import { describe, expect, it } from "vitest";
import { filterRows, rowsForReader, type MatrixRow } from "./matrix";

const row = (iso3: string, name: string, status: MatrixRow["cells"][string]["status"] = "not_started"): MatrixRow => ({
  state: { id: 0, iso3, name, group: "western_european_others" },
  reviewerId: null,
  extendedTo: null,
  cells: { a: { status, isLate: false, reviewerId: null } },
});
// As the query gives them: English names of the day, in English order.
const rows = [row("DEU", "Germany", "submitted"), row("ESP", "Spain"), row("FRA", "France", "submitted")].sort((a, b) => a.state.name.localeCompare(b.state.name));

describe("rowsForReader", () => {
  it("keeps the query's names and order in English, and filters", () => {
    expect(rowsForReader(rows, {}, "en").map((r) => r.state.name)).toEqual(["France", "Germany", "Spain"]);
    expect(rowsForReader(rows, { status: "submitted" }, "en").map((r) => r.state.iso3)).toEqual(["FRA", "DEU"]);
    expect(rowsForReader(rows, { q: "fra" }, "en").map((r) => r.state.iso3)).toEqual(["FRA"]);
  });

  it("names and sorts the States in the reader's language, and finds one by either name", () => {
    expect(rowsForReader(rows, {}, "fr").map((r) => r.state.name)).toEqual(["Allemagne", "Espagne", "France"]);
    expect(rowsForReader(rows, {}, "es").map((r) => r.state.name)).toEqual(["Alemania", "España", "Francia"]);
    expect(rowsForReader(rows, { q: "allem" }, "fr").map((r) => r.state.iso3)).toEqual(["DEU"]);
    expect(rowsForReader(rows, { q: "germ" }, "fr").map((r) => r.state.name)).toEqual(["Allemagne"]);
    expect(rowsForReader(rows, { q: "esp", status: "submitted" }, "fr")).toEqual([]);
    // The rows given are left as they were.
    expect(rows.map((r) => r.state.name)).toEqual(["France", "Germany", "Spain"]);
  });

  it("finds a State by its code", () => {
    expect(filterRows(rows, { q: "esp" }).map((r) => r.state.name)).toEqual(["Spain"]);
  });
});
