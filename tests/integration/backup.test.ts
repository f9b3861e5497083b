import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { asc } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectPglite, type Connection } from "@/db/client";
import { migrate } from "@/db/migrate";
import { memberStates, submissions } from "@/db/schema";
import { seedReferenceData } from "@/db/seed";
import { backupDataDir, DatabaseInUseError, dumpPglite, openBackup, restoreDataDir } from "@/lib/ops/backup";
import { submitReply, saveDraft } from "@/lib/submissions/service";
import { newYorkTime } from "@/lib/time";
import { makeUser } from "./factories";

/**
 * `npm run backup` / `npm run restore` for the embedded database: a backup taken while the
 * database is open (as the running server makes it) restores into a fresh folder with every
 * submission, version and text. PGlite only (PostgreSQL is backed up with pg_dump).
 */
// Makes its own PGlite databases, so it runs the same in both passes of `npm test`.
describe("backup and restore of the embedded database", () => {
  let dir: string;
  let conn: Connection;
  const dataDir = () => path.join(dir, "pglite");

  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), "tracker-backup-"));
    conn = connectPglite(dataDir());
    await migrate(conn);
    await seedReferenceData(conn.db);
  }, 120_000);
  afterAll(async () => {
    await conn?.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  });

  it("restores a backup of a running database into a fresh one with every submission", async () => {
    const states = await conn.db.select().from(memberStates).orderBy(asc(memberStates.iso3)).limit(12);
    const now = newYorkTime("2010-05-20T10:00");
    for (const [i, state] of states.entries()) {
      const officer = await makeUser(conn.db, { role: "delegation", iso3: state.iso3 });
      const ctx = { db: conn.db, actor: officer, now };
      for (const letter of ["a", "b"]) {
        const fields = { iso3: state.iso3, session: 65, letter, language: "en" as const, isNilReply: false, publication: "public" as const };
        const draft = await saveDraft(ctx, { ...fields, body: `Draft ${letter} of ${state.iso3}`, expectedVersion: 0 });
        if (i % 2 === 0) await submitReply(ctx, { ...fields, body: `Views ${letter} of ${state.iso3}`, expectedVersion: draft.version });
      }
    }
    const before = await conn.db.select().from(submissions).orderBy(asc(submissions.id));
    expect(before.length).toBe(24);

    // While the database is open: the server's own dump (what /api/admin/backup serves).
    const tarball = await dumpPglite(conn);
    // Another process cannot dump or restore over a folder the server holds.
    expect(conn.kind).toBe("pglite");

    const restoredDir = path.join(dir, "restored");
    const { counts } = await restoreDataDir(tarball, restoredDir);
    expect(counts.submissions).toBe(24);
    const restored = connectPglite(restoredDir);
    try {
      const after = await restored.db.select().from(submissions).orderBy(asc(submissions.id));
      const pick = (s: typeof before) => s.map((r) => ({ id: r.id, status: r.status, version: r.version, body: r.body, revision: r.submittedRevisionId }));
      expect(pick(after)).toEqual(pick(before));
    } finally {
      await restored.close();
    }

    // In memory too (restore checks a file this way before touching anything).
    const mem = await openBackup(tarball);
    const { rows } = await mem.query<{ n: number }>("select count(*)::int as n from revisions");
    await mem.close();
    expect(rows[0]!.n).toBe(36);
  }, 120_000);

  it("refuses to back up or restore over a folder another process holds, and dumps it once closed", async () => {
    const { writeFileSync } = await import("node:fs");
    const other = path.join(dir, "held");
    writeFileSync(`${other}.lock`, String(process.ppid));
    await expect(backupDataDir(other)).rejects.toBeInstanceOf(DatabaseInUseError);
    await expect(restoreDataDir(new Uint8Array(), other)).rejects.toBeInstanceOf(DatabaseInUseError);

    await conn.close();
    const tarball = await backupDataDir(dataDir());
    const mem = await openBackup(tarball);
    const { rows } = await mem.query<{ n: number }>("select count(*)::int as n from submissions");
    await mem.close();
    expect(rows[0]!.n).toBe(24);
  }, 120_000);
});
