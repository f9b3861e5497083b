/**
 * `npx tsx bench/compare.ts [--db pglite|postgres]`: the route bench's results at 1×, 10× and 100×
 * data side by side (bench/results/routes-<db>-<scale>x.json, written by `npm run bench -- --scale N`).
 * For each page: p50 over the floor's and over the plain page's in the same run, queries, HTML size,
 * and the page's p50 ratio to the floor at N× over the same at 1× (target ≤ 1.5).
 */
import fs from "node:fs";
import path from "node:path";
import { resultsDir } from "./routes/config";
import { table } from "./routes/print";

interface Row {
  route: string;
  p50Ms: number;
  rps: number;
  queries?: number | null;
  htmlBytes?: number;
}
interface Result {
  routes: Row[];
  memory?: { serverRssMb: number };
  environment: { loadAverage1mBefore: number; loadAverage1mAfter: number };
}

const i = process.argv.indexOf("--db");
const dbs = i > 0 ? [process.argv[i + 1]!] : ["pglite", "postgres"];
for (const db of dbs) {
  const runs = new Map<number, Result>();
  for (const scale of [1, 10, 100]) {
    const file = path.join(resultsDir, `routes-${db}-${scale}x.json`);
    if (fs.existsSync(file)) runs.set(scale, JSON.parse(fs.readFileSync(file, "utf8")) as Result);
  }
  if (runs.size === 0) continue;
  const scales = [...runs.keys()];
  const base = runs.get(1);
  const relative = (r: Result, route: string, to: string) => {
    const a = r.routes.find((x) => x.route === route);
    const b = r.routes.find((x) => x.route === to);
    return a && b ? a.p50Ms / b.p50Ms : NaN;
  };
  const rows = (base ?? runs.get(scales[0]!)!).routes
    .filter((r) => r.route !== "/api/ping")
    .map((r) => {
      const cells = [r.route];
      for (const s of scales) {
        const run = runs.get(s)!;
        const x = run.routes.find((y) => y.route === r.route);
        if (!x) {
          cells.push("—", "—", "—", "—");
          continue;
        }
        cells.push(
          `${x.p50Ms.toFixed(0)}`,
          `${relative(run, r.route, "/bench-floor").toFixed(2)} / ${relative(run, r.route, "/accessibility").toFixed(2)}`,
          String(x.queries ?? "?"),
          ((x.htmlBytes ?? 0) / 1024).toFixed(1),
        );
      }
      for (const s of scales.filter((s) => s !== 1)) {
        cells.push(base ? (relative(runs.get(s)!, r.route, "/bench-floor") / relative(base, r.route, "/bench-floor")).toFixed(2) : "—");
      }
      return cells;
    });
  const headers = ["route"];
  for (const s of scales) headers.push(`${s}× p50 ms`, `${s}× vs floor / plain`, `${s}× queries`, `${s}× KB`);
  for (const s of scales.filter((s) => s !== 1)) headers.push(`${s}×/1× (vs floor)`);
  console.log(`\n=== ${db} ===`);
  console.log(table(headers, rows, new Set(headers.map((_, k) => k).filter((k) => k > 0))));
  for (const s of scales) {
    const run = runs.get(s)!;
    console.log(`${s}×: server RSS after the run ${run.memory?.serverRssMb.toFixed(0) ?? "?"} MB; load average ${run.environment.loadAverage1mBefore} → ${run.environment.loadAverage1mAfter}`);
  }
}
