// `npm run restore -- FILE.tar.gz`: puts a backup made by `npm run backup` in place of the embedded
// PGlite database (PGLITE_DATA_DIR). The server must be stopped; the current folder is kept aside
// as <dir>.before-restore-<time>, never deleted. On PostgreSQL use pg_restore: see README, Backups.
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { openBackup, countRows, readBackup, restoreDataDir } from "@/lib/ops/backup";

const { positionals } = parseArgs({ allowPositionals: true });

async function main(): Promise<number> {
  const file = positionals[0];
  if (!file || !existsSync(file)) {
    console.error("Usage: npm run restore -- backups/tracker-pglite-….tar.gz");
    return 1;
  }
  if (process.env.DATABASE_URL) {
    console.error("DATABASE_URL is set: restore a PostgreSQL dump with pg_restore (see README, Backups).");
    return 1;
  }
  const bytes = readBackup(file);
  // Open the copy in memory first: a damaged file is refused before anything is moved.
  const check = await openBackup(bytes);
  const before = await countRows(check);
  await check.close();
  const dataDir = path.resolve(process.env.PGLITE_DATA_DIR ?? ".data/pglite");
  const { keptAside, counts } = await restoreDataDir(bytes, dataDir);
  if (JSON.stringify(counts) !== JSON.stringify(before)) {
    console.error(`The restored folder differs from the backup: ${JSON.stringify(counts)} vs ${JSON.stringify(before)}`);
    return 1;
  }
  if (keptAside) console.log(`The previous database is kept at ${keptAside}.`);
  console.log(`Restored ${file} into ${dataDir}: ${Object.entries(counts).map(([t, n]) => `${n} ${t}`).join(", ")}.`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
