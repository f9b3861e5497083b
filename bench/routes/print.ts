import { type DbKind } from "./config";
import { type RouteResult } from "./load";
import { type Options } from "./options";
import { type MemoryReport } from "./processes";

// Report

export function table(headers: string[], rows: string[][], rightAligned: Set<number>): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

export function printReport(db: DbKind, results: RouteResult[], memory: MemoryReport | undefined, options: Options): void {
  const title = db === "pglite" ? "embedded PGlite" : "PostgreSQL";
  console.log(`\n=== ${title}: ${options.duration} s per route, ${options.connections} connections ===`);
  const plain = results.find((r) => r.route === "/accessibility");
  const rows = results.map((r) => {
    const vsPlain = plain && r.route !== "/api/ping" ? `${(r.p50Ms / plain.p50Ms).toFixed(2)}x / ${(r.rps / plain.rps).toFixed(2)}` : "—";
    // A row with failed requests measured something else (a redirect, an error page): no verdict.
    const broken = r.non2xx + r.errors > 0 || r.requests === 0;
    const verdict = (v: RouteResult["latencyVerdict"]) => (broken ? "BROKEN" : v);
    return [
      r.route,
      r.who,
      r.p50Ms.toFixed(2),
      r.p99Ms.toFixed(2),
      r.rps.toFixed(1),
      String(r.requests),
      String(r.non2xx + r.errors),
      r.latencyVerdict === "baseline" ? `1.00 ${verdict("baseline")}` : `${r.latencyRatio.toFixed(2)}x ${verdict(r.latencyVerdict)}`,
      r.throughputVerdict === "baseline" ? `1.00 ${verdict("baseline")}` : `${r.throughputRatio.toFixed(2)} ${verdict(r.throughputVerdict)}`,
      vsPlain,
    ];
  });
  console.log(
    table(
      ["route", "as", "p50 ms", "p99 ms", "req/s", "requests", "non-2xx/err", "p50 vs ping (≤3x)", "req/s vs ping (≥0.33)", "p50 / req/s vs plain page"],
      rows,
      new Set([2, 3, 4, 5, 6]),
    ),
  );
  if (memory) {
    const verdict = memory.meetsTarget ? "PASS" : "WARN";
    console.log(
      `\nServer memory after the run: ${memory.serverRssMb.toFixed(1)} MB RSS ` +
        `(target < ${memory.targetMb} MB on ${title}: ${verdict}); ` +
        `before the load ${memory.idleRssMb?.toFixed(1) ?? "?"} MB, peak ≤ ${memory.serverPeakRssMb.toFixed(1)} MB; launcher scripts/start.mjs ${memory.launcherRssMb.toFixed(1)} MB not counted`,
    );
    for (const p of memory.processes) console.log(`  pid ${p.pid}  ${p.rssMb.toFixed(1).padStart(7)} MB  ${p.command.slice(0, 100)}`);
  }
  console.log("Targets are reported only (WARN is not a failure). The last column compares each page with /accessibility, a page with the layout and no data.");
}
