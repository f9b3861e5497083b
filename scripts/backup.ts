// `npm run backup -- [--out FILE] [--url http://127.0.0.1:3000]`: a gzipped tarball of the embedded
// PGlite database. While a server holds the data folder, the server makes the copy
// (/api/admin/backup, BACKUP_TOKEN); otherwise this script opens the folder and dumps it.
// On PostgreSQL (DATABASE_URL set) use pg_dump: see README, Backups.
import path from "node:path";
import { parseArgs } from "node:util";
import { backupDataDir, writeBackup } from "@/lib/ops/backup";
import { pgliteLockHolder } from "@/lib/ops/pglite-lock";

const { values } = parseArgs({ options: { out: { type: "string" }, url: { type: "string" } } });
const stamp = new Date().toISOString().replaceAll(":", "-").replace(/\..*/, "");
const out = path.resolve(values.out ?? path.join("backups", `tracker-pglite-${stamp}.tar.gz`));

async function main(): Promise<number> {
  if (process.env.DATABASE_URL) {
    console.error("DATABASE_URL is set: this database is a PostgreSQL server. Back it up with\n  pg_dump --format=custom --file=tracker.dump \"$DATABASE_URL\"\n(see README, Backups).");
    return 1;
  }
  const dataDir = path.resolve(process.env.PGLITE_DATA_DIR ?? ".data/pglite");
  const holder = pgliteLockHolder(dataDir);
  let bytes: Uint8Array;
  if (holder !== undefined) {
    const token = process.env.BACKUP_TOKEN;
    const base = values.url ?? process.env.APP_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
    if (!token) {
      console.error(`${dataDir} is open in process ${holder} (the server). Set BACKUP_TOKEN for the server and this script, or stop the server.`);
      return 1;
    }
    const res = await fetch(new URL("/api/admin/backup", base), { headers: { authorization: `Bearer ${token}` } });
    if (!res.ok) {
      console.error(`${base}/api/admin/backup answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
      return 1;
    }
    bytes = new Uint8Array(await res.arrayBuffer());
    console.log(`Backup made by the running server (${base}).`);
  } else {
    bytes = await backupDataDir(dataDir);
    console.log(`Backup of ${dataDir} (no server running).`);
  }
  const { mkdirSync } = await import("node:fs");
  mkdirSync(path.dirname(out), { recursive: true });
  writeBackup(out, bytes);
  console.log(`Wrote ${out} (${(bytes.byteLength / 1024).toFixed(0)} KB). Restore: npm run restore -- ${path.relative(process.cwd(), out)}`);
  return 0;
}

process.exitCode = await main();
