/**
 * `npx tsx bench/heap-summary.ts <file.heapsnapshot> [--top 30]`: what a heap snapshot of the server
 * (`npm run bench -- --heap-snapshot <dir>`) holds: self size by node type and by constructor or
 * string/code kind, largest first. Retained sizes need a dominator tree: open the file in Chrome
 * DevTools (Memory) for those.
 */
import fs from "node:fs";

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

const file = process.argv[2];
if (!file) {
  console.error("usage: npx tsx bench/heap-summary.ts <file.heapsnapshot> [--top 30]");
  process.exit(2);
}
const t = process.argv.indexOf("--top");
const top = t > 0 ? Number(process.argv[t + 1]) : 30;
const snap = JSON.parse(fs.readFileSync(file, "utf8")) as Snapshot;
const fields = snap.snapshot.meta.node_fields;
const types = snap.snapshot.meta.node_types[0];
const width = fields.length;
const [typeAt, nameAt, sizeAt] = ["type", "name", "self_size"].map((f) => fields.indexOf(f)) as [number, number, number];
const byType = new Map<string, number>();
const byName = new Map<string, { size: number; count: number }>();
let total = 0;
for (let i = 0; i < snap.nodes.length; i += width) {
  const type = types[snap.nodes[i + typeAt]!]!;
  const size = snap.nodes[i + sizeAt]!;
  total += size;
  byType.set(type, (byType.get(type) ?? 0) + size);
  const raw = type === "object" || type === "closure" || type === "native" ? snap.strings[snap.nodes[i + nameAt]!]! : `(${type})`;
  const name = raw.length > 80 ? `${raw.slice(0, 77)}...` : raw;
  const entry = byName.get(name) ?? { size: 0, count: 0 };
  entry.size += size;
  entry.count += 1;
  byName.set(name, entry);
}
const mb = (n: number) => `${(n / 2 ** 20).toFixed(1).padStart(7)} MB`;
console.log(`${file}: ${mb(total)} in ${snap.nodes.length / width} objects`);
console.log("\nBy type:");
for (const [k, v] of [...byType].sort((a, b) => b[1] - a[1])) console.log(`  ${mb(v)}  ${k}`);
console.log("\nBy constructor (objects, closures, native) or kind:");
for (const [k, v] of [...byName].sort((a, b) => b[1].size - a[1].size).slice(0, top)) console.log(`  ${mb(v.size)}  ${String(v.count).padStart(8)}  ${k}`);
