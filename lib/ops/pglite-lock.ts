import { readFileSync, rmSync, writeFileSync } from "node:fs";

/**
 * A lock file beside an embedded database's folder (`<dir>.lock`, the owner's pid): PGlite allows
 * one opener, so backup and restore must know whether a server holds the folder.
 */
export function lockFileOf(dataDir: string): string {
  return `${dataDir.replace(/\/+$/, "")}.lock`;
}

/** The pid of a live process holding the folder, or undefined. */
export function pgliteLockHolder(dataDir: string): number | undefined {
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(lockFileOf(dataDir), "utf8"), 10);
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  if (pid === process.pid) return pid;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM" ? pid : undefined;
  }
}

/** Takes the lock (a stale lock of a dead process is taken over); returns its release. */
export function holdPgliteLock(dataDir: string): () => void {
  const file = lockFileOf(dataDir);
  try {
    writeFileSync(file, String(process.pid));
  } catch {
    return () => {};
  }
  const release = () => {
    try {
      if (readFileSync(file, "utf8") === String(process.pid)) rmSync(file, { force: true });
    } catch {
      // already gone
    }
  };
  process.once("exit", release);
  return release;
}
