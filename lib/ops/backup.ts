import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { Connection } from "@/db/client";
import { pgliteLockHolder } from "./pglite-lock";

/**
 * Backups of the embedded PGlite database.
 *
 * PGlite allows one opener, so a running server's folder cannot be copied from outside: a copy of
 * the files taken while the server writes may be torn. Instead the server dumps itself
 * (/api/admin/backup, behind BACKUP_TOKEN): a CHECKPOINT, then `dumpDataDir("gzip")`, which runs
 * inside PGlite's query lock, so no statement runs while the files are read, and whatever a
 * transaction left open is rolled back by PostgreSQL's recovery when the copy is opened: the copy
 * is consistent as of one instant, like a crash-consistent snapshot. With no server running,
 * `npm run backup` opens the folder itself and dumps the same way.
 */
export async function dumpPglite(conn: Connection): Promise<Uint8Array> {
  if (!conn.pglite) throw new Error("Not an embedded PGlite database: use pg_dump (see README, Backups).");
  await conn.pglite.exec("checkpoint");
  const blob = await conn.pglite.dumpDataDir("gzip");
  return new Uint8Array(await blob.arrayBuffer());
}

export class DatabaseInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(`${dataDir} is open in process ${pid} (a running server?). Stop it first, or back up through the server (BACKUP_TOKEN).`);
  }
}

/** Dumps a folder no other process holds. */
export async function backupDataDir(dataDir: string): Promise<Uint8Array> {
  const holder = pgliteLockHolder(dataDir);
  if (holder !== undefined && holder !== process.pid) throw new DatabaseInUseError(dataDir, holder);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) throw new Error(`${dataDir} holds no database.`);
  const pg = new PGlite(dataDir);
  try {
    await pg.exec("checkpoint");
    const blob = await pg.dumpDataDir("gzip");
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    await pg.close();
  }
}

/** Opens a backup as an in-memory database (to check it, or in tests). */
export async function openBackup(tarball: Uint8Array): Promise<PGlite> {
  const pg = new PGlite({ loadDataDir: new Blob([tarball as Uint8Array<ArrayBuffer>]) });
  await pg.waitReady;
  return pg;
}

/**
 * Restores a backup into `dataDir`. The folder must not be held by a server; an existing folder is
 * kept aside as `<dir>.before-restore-<time>`, never deleted. Returns the counts found in the copy.
 */
export async function restoreDataDir(tarball: Uint8Array, dataDir: string): Promise<{ keptAside?: string; counts: Record<string, number> }> {
  const holder = pgliteLockHolder(dataDir);
  if (holder !== undefined && holder !== process.pid) throw new DatabaseInUseError(dataDir, holder);
  let keptAside: string | undefined;
  if (existsSync(dataDir)) {
    keptAside = `${dataDir.replace(/\/+$/, "")}.before-restore-${new Date().toISOString().replaceAll(":", "-").replace(/\..*/, "")}`;
    renameSync(dataDir, keptAside);
  }
  const pg = new PGlite(dataDir, { loadDataDir: new Blob([tarball as Uint8Array<ArrayBuffer>]) });
  try {
    await pg.waitReady;
    return { keptAside, counts: await countRows(pg) };
  } finally {
    await pg.close();
  }
}

/** The tables a restore is checked against. */
export async function countRows(pg: PGlite): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ["member_states", "users", "submissions", "revisions", "audit_events"]) {
    const { rows } = await pg.query<{ n: number }>(`select count(*)::int as n from ${table}`);
    counts[table] = rows[0]?.n ?? 0;
  }
  return counts;
}

export function readBackup(file: string): Uint8Array {
  return new Uint8Array(readFileSync(file));
}

export function writeBackup(file: string, bytes: Uint8Array): void {
  writeFileSync(file, bytes, { mode: 0o600 });
}
