/**
 * `npx tsx bench/profile-summary.ts <file.cpuprofile> [--top 25] [--seconds] [--from S --to S]`: where a CPU
 * profile of the server (`npm run bench -- --profile <dir>`) spends its time: self time by function and by
 * package. The bench loads one route after another, so one route is a window of the profile: `--seconds`
 * prints the busy milliseconds of each second (they dip between routes), and `--from`/`--to` (seconds
 * from the start) keep only that window. `--requests N`, the requests the window answered (the bench prints each
 * route's req/s), adds milliseconds per request. `--chunk-of drizzle-orm=buildQueryFromSourceParams` names the
 * server chunk that holds that function after the package: the build bundles some packages into the app's chunks,
 * where a frame no longer says whose code it is.
 */
import fs from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2];
if (!file) {
  console.error("usage: npx tsx bench/profile-summary.ts <file.cpuprofile> [--top 25]");
  process.exit(2);
}
const topIndex = process.argv.indexOf("--top");
const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 25;
const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const option = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
const requests = option("--requests");
const chunkOf = new Map<string, string>();
process.argv.forEach((arg, i) => {
  if (arg !== "--chunk-of") return;
  const [pkg, fn] = (process.argv[i + 1] ?? "").split("=");
  for (const n of profile.nodes) if (pkg && n.callFrame.functionName === fn && n.callFrame.url) chunkOf.set(n.callFrame.url, `${pkg} (its chunk)`);
});
const from = (option("--from") ?? 0) * 1e6;
const to = (option("--to") ?? Infinity) * 1e6;
const idleIds = new Set(profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id));

const selfUs = new Map<number, number>();
const busyBySecond = new Map<number, number>();
let at = 0;
profile.samples.forEach((id, k) => {
  const delta = profile.timeDeltas[k] ?? 0;
  at += delta;
  if (!idleIds.has(id)) busyBySecond.set(Math.floor(at / 1e6), (busyBySecond.get(Math.floor(at / 1e6)) ?? 0) + delta);
  if (at < from || at >= to) return;
  selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
});
if (process.argv.includes("--seconds")) {
  console.log("second  busy ms");
  for (const [second, us] of [...busyBySecond].sort((a, b) => a[0] - b[0])) console.log(`${String(second).padStart(6)}  ${(us / 1e3).toFixed(0).padStart(7)}`);
  process.exit(0);
}
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

function where(url: string): string {
  if (!url) return "(native)";
  const named = chunkOf.get(url);
  if (named) return named;
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + "node_modules/".length).split("/");
    const pkg = rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
    // Next's compiled copies of React and friends: name the inner package.
    const compiled = url.match(/next\/dist\/compiled\/([^/]+)/);
    return compiled ? `next (compiled ${compiled[1]})` : pkg;
  }
  if (url.includes("/.next/server/chunks/")) return "app (.next server chunks)";
  if (url.startsWith("node:")) return "node core";
  return url.replace(/^file:\/\//, "").split("/").slice(-2).join("/");
}

const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const [id, us] of selfUs) {
  const n = byId.get(id)!;
  const f = n.callFrame;
  const name = `${f.functionName || "(anonymous)"}  ${where(f.url)}${f.url ? `:${f.lineNumber + 1}` : ""}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  const pkg = f.functionName === "(garbage collector)" ? "(garbage collector)" : f.functionName === "(idle)" ? "(idle)" : f.functionName === "(program)" ? "(program)" : where(f.url);
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
}
const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)}%${requests ? `  ${(us / 1e3 / requests).toFixed(3).padStart(7)} ms/req` : ""}`;
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled${from > 0 || to < Infinity ? ` from ${from / 1e6} s to ${to / 1e6} s` : ""}${requests ? `, ${(total / 1e3 / requests).toFixed(2)} ms per request` : ""}`);
console.log("\nSelf time by package:");
for (const [k, us] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)}  ${k}`);
console.log("\nSelf time by function:");
for (const [k, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(us)}  ${k}`);
