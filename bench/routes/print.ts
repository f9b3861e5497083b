import { TARGETS, type DbKind } from "./config";
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

const MATRIX = /^\/secretariat\/cycles\/\d+$/;
const NEAR_PLAIN = new Set(["/", "/states/FRA", "/states/FRA/cycles/65/items/a", "/secretariat"]);

/**
 * The targets for one route: p50 against the floor or the plain page, and the matrix's size. A page is
 * judged against the plain page twice: signed out (`plain`), and signed in as the same account (`same`).
 */
function verdictFor(r: RouteResult, floor: RouteResult | undefined, plain: RouteResult | undefined, same: RouteResult | undefined): string {
  if (!floor || !plain) return "";
  if (r.route.startsWith("/accessibility")) return r.p50Ms / floor.p50Ms <= TARGETS.plainVsFloorMax ? "PASS" : `WARN (≤${TARGETS.plainVsFloorMax}× floor)`;
  const against = (base: RouteResult | undefined, max: number) => (base ? (r.p50Ms / base.p50Ms <= max ? "PASS" : "WARN") : "?");
  if (MATRIX.test(r.route)) {
    const kbOk = (r.htmlBytes ?? 0) / 1024 < TARGETS.matrixHtmlKbMax;
    const size = kbOk ? "" : ` (≥${TARGETS.matrixHtmlKbMax} KB)`;
    return `${against(plain, TARGETS.matrixVsPlainMax)} / ${against(same, TARGETS.matrixVsPlainMax)} (≤${TARGETS.matrixVsPlainMax}× plain)${size}`;
  }
  if (NEAR_PLAIN.has(r.route)) return `${against(plain, TARGETS.pageVsPlainMax)} / ${against(same, TARGETS.pageVsPlainMax)} (≤${TARGETS.pageVsPlainMax}× plain)`;
  return "";
}

export function printReport(db: DbKind, results: RouteResult[], memory: MemoryReport | undefined, options: Options): void {
  const title = db === "pglite" ? "embedded PGlite" : "PostgreSQL";
  console.log(`\n=== ${title}: ${options.scale}× data, ${options.duration} s per route in ${options.passes} pass${options.passes === 1 ? "" : "es"}, ${options.connections} connections ===`);
  const floor = results.find((r) => r.route === "/bench-floor");
  const plain = results.find((r) => r.route === "/accessibility");
  // The plain page as the same account (signed in, or not): what the page's own data and markup add.
  const plainAs = (who: string) => results.find((r) => r.route === (who === "public" ? "/accessibility" : `/accessibility?as=${who}`));
  const rows = results.map((r) => {
    // A row with failed requests measured something else (a redirect, an error page): no verdict.
    const broken = r.non2xx + r.errors > 0 || r.requests === 0;
    const ratio = (base: RouteResult | undefined) => (base && r.route !== "/api/ping" ? `${(r.p50Ms / base.p50Ms).toFixed(2)}× / ${(base.rps / r.rps).toFixed(2)}×` : "—");
    return [
      r.route,
      r.who,
      r.p50Ms.toFixed(1),
      r.p99Ms.toFixed(1),
      r.rps.toFixed(1),
      String(r.requests),
      String(r.non2xx + r.errors),
      r.queries === null || r.queries === undefined ? "?" : String(r.queries),
      ((r.htmlBytes ?? 0) / 1024).toFixed(1),
      r.cpuMsPerRequest === undefined ? "?" : r.cpuMsPerRequest.toFixed(1),
      plain?.cpuMsPerRequest && r.cpuMsPerRequest !== undefined && r.route !== "/api/ping" ? `${(r.cpuMsPerRequest / plain.cpuMsPerRequest).toFixed(2)}×` : "—",
      ratio(floor),
      ratio(plain),
      ratio(plainAs(r.who)),
      broken ? "BROKEN" : verdictFor(r, floor, plain, plainAs(r.who)),
    ];
  });
  console.log(
    table(
      ["route", "as", "p50 ms", "p99 ms", "req/s", "requests", "non-2xx/err", "queries", "KB", "CPU ms/req", "vs plain CPU", "vs floor p50 / time per req", "vs plain p50 / time per req", "vs plain as same account", "target (vs plain / vs same account)"],
      rows,
      new Set([2, 3, 4, 5, 6, 7, 8, 9, 10]),
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
  console.log(
    "Targets are reported only (WARN is not a failure). Floor: /bench-floor, a page of the same build with the root layout only (no header, navigation or client code) that runs one query. " +
      "Plain: /accessibility, a page with the layout and no data. Time per request = the base's req/s over the page's. " +
      "CPU ms/req: the server's CPU time over the requests it answered (PostgreSQL's not counted), which the machine's other load disturbs less than latency. " +
      "Plain as same account: /accessibility signed in as the same delegation or reviewer (?as= changes nothing on the page), so the ratio leaves out the session check every signed-in page pays. " +
      "Target: a page's verdict against the plain page signed out, then against the plain page signed in as the same account; the plain page's, signed out or in, against the floor.",
  );
}
