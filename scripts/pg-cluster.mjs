#!/usr/bin/env node
// Throwaway PostgreSQL cluster for tests and local development.
//
//   import { startCluster } from "./pg-cluster.mjs";
//   const cluster = await startCluster({ databases: ["vitest", "e2e"] });
//   cluster.urlFor("vitest"); // postgres://postgres@127.0.0.1:PORT/vitest
//   await cluster.stop();
//
// CLI: `node scripts/pg-cluster.mjs [db ...]` starts a cluster (default database
// "app"), prints DATABASE_URL and keeps running until Ctrl-C.
//
// Only node: built-ins are used. The cluster lives in a temp folder, listens on
// 127.0.0.1 on a free port, uses trust auth and no fsync: never use it for real data.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const DB_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

/** Clusters started by this process that still have to be stopped. */
const liveClusters = new Set();
let handlersInstalled = false;
let aptUpdated = false;

function log(message) {
  process.stderr.write(`[pg-cluster] ${message}\n`);
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function which(command) {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, command);
    if (isExecutable(candidate)) return candidate;
  }
  return null;
}

function compareVersionsDesc(a, b) {
  const pa = a.split(".").map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split(".").map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pb[i] ?? 0) - (pa[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Directory holding initdb/pg_ctl/postgres (and usually createdb/psql), or null. */
function findBinDir() {
  const fromEnv = process.env.PG_BIN_DIR;
  if (fromEnv && isExecutable(path.join(fromEnv, "initdb"))) return fromEnv;

  const initdb = which("initdb");
  if (initdb) {
    // /usr/local/bin/initdb may be a symlink into /usr/lib/postgresql/N/bin:
    // use the real folder so pg_ctl, postgres and createdb come from the same version.
    const realDir = path.dirname(fs.realpathSync(initdb));
    if (isExecutable(path.join(realDir, "pg_ctl"))) return realDir;
    const pathDir = path.dirname(initdb);
    if (isExecutable(path.join(pathDir, "pg_ctl"))) return pathDir;
  }

  const base = "/usr/lib/postgresql";
  let versions = [];
  try {
    versions = fs.readdirSync(base).filter((v) => /^\d+(\.\d+)*$/.test(v));
  } catch {
    versions = [];
  }
  versions.sort(compareVersionsDesc);
  for (const version of versions) {
    const dir = path.join(base, version, "bin");
    if (isExecutable(path.join(dir, "initdb")) && isExecutable(path.join(dir, "pg_ctl"))) return dir;
  }
  return null;
}

function run(command, args, { asPostgres = false, cwd, allowFail = false, quiet = false } = {}) {
  const [cmd, argv] =
    asPostgres && isRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
  const result = spawnSync(cmd, argv, {
    cwd,
    // Own session: a signal sent to our whole process group (Ctrl-C, `timeout`,
    // CI cancellation) must not kill pg_ctl halfway through a stop.
    detached: true,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, LC_ALL: undefined, LANG: "C.UTF-8", PGTZ: undefined },
  });
  if (result.error) {
    if (allowFail) return result;
    throw new Error(`[pg-cluster] could not run ${cmd}: ${result.error.message}`);
  }
  if (result.status !== 0 && !allowFail) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
    throw new Error(
      `[pg-cluster] ${[command, ...args].join(" ")} failed with exit code ${result.status}` +
        (output ? `:\n${output}` : ""),
    );
  }
  if (!quiet && result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trim();
    if (output) log(output);
  }
  return result;
}

function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  if (!aptUpdated) {
    log("apt-get update");
    const update = spawnSync("apt-get", ["update"], { stdio: ["ignore", "inherit", "inherit"], env });
    if (update.status !== 0) throw new Error("[pg-cluster] apt-get update failed");
    aptUpdated = true;
  }
  log(`apt-get install -y ${packages.join(" ")}`);
  const install = spawnSync("apt-get", ["install", "-y", ...packages], {
    stdio: ["ignore", "inherit", "inherit"],
    env,
  });
  if (install.status !== 0) throw new Error(`[pg-cluster] apt-get install ${packages.join(" ")} failed`);
}

function ensureBinDir() {
  let binDir = findBinDir();
  if (binDir) return binDir;
  if (!isRoot || !which("apt-get")) {
    throw new Error(
      "[pg-cluster] PostgreSQL server binaries (initdb, pg_ctl) were not found on PATH nor under " +
        "/usr/lib/postgresql/<version>/bin. Install them (e.g. `sudo apt-get install -y postgresql`) " +
        "or set PG_BIN_DIR to the folder that holds initdb.",
    );
  }
  aptInstall(["postgresql"]);
  binDir = findBinDir();
  if (!binDir) throw new Error("[pg-cluster] postgresql was installed but initdb/pg_ctl are still missing");
  return binDir;
}

function ensurePostgresUser() {
  if (!isRoot) return;
  const exists = spawnSync("id", ["-u", "postgres"], { stdio: "ignore" }).status === 0;
  if (exists) return;
  log("creating system user postgres");
  const result = spawnSync(
    "useradd",
    ["--system", "--user-group", "--no-create-home", "--home-dir", "/var/lib/postgresql", "--shell", "/bin/sh", "postgres"],
    { stdio: ["ignore", "inherit", "inherit"] },
  );
  if (result.status !== 0) throw new Error("[pg-cluster] could not create the postgres system user");
}

function chownToPostgres(target) {
  if (!isRoot) return;
  const result = spawnSync("chown", ["-R", "postgres:postgres", target], { stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`[pg-cluster] chown postgres ${target} failed`);
}

function hasUtf8CLocale() {
  const result = spawnSync("locale", ["-a"], { encoding: "utf8" });
  if (result.status !== 0 || !result.stdout) return false;
  return result.stdout.split("\n").some((line) => /^c\.utf-?8$/i.test(line.trim()));
}

/** A port that was free a moment ago on 127.0.0.1. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen({ port: 0, host: "127.0.0.1", exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close((err) => (err ? reject(err) : resolve(port)));
    });
  });
}

function stopAllSync() {
  for (const cluster of [...liveClusters]) {
    try {
      cluster.stopSync();
    } catch (error) {
      log(`stop failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on("exit", stopAllSync);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    const handler = () => {
      process.removeListener(signal, handler);
      stopAllSync();
      // If nobody else handles the signal, behave like the default action
      // (terminate with the signal) now that the cluster is gone.
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
    };
    process.on(signal, handler);
  }
}

/**
 * Starts a throwaway PostgreSQL cluster.
 * @param {{ databases?: string[] }} [options]
 * @returns {Promise<{ port: number, host: string, dataDir: string, urlFor: (dbName: string) => string, stop: () => Promise<void>, ctl: (action: "start" | "stop" | "restart", options?: { mode?: "smart" | "fast" | "immediate" }) => void }>}
 */
export async function startCluster({ databases = ["app"] } = {}) {
  for (const name of databases) {
    if (!DB_NAME_RE.test(name)) throw new Error(`[pg-cluster] invalid database name: ${JSON.stringify(name)}`);
  }

  const binDir = ensureBinDir();
  ensurePostgresUser();
  installExitHandlers();

  const bin = (name) => path.join(binDir, name);
  const rootDir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-cluster-"));
  const dataDir = path.join(rootDir, "data");
  const logFile = path.join(rootDir, "postgres.log");
  fs.mkdirSync(dataDir, { mode: 0o700 });
  fs.chmodSync(rootDir, 0o755);
  chownToPostgres(rootDir);

  let started = false;
  let stopped = false;
  const host = "127.0.0.1";
  let port = 0;

  const pidFile = path.join(dataDir, "postmaster.pid");
  const postmasterPid = () => {
    try {
      const pid = Number.parseInt(fs.readFileSync(pidFile, "utf8").split("\n")[0], 10);
      return Number.isInteger(pid) && pid > 0 ? pid : null;
    } catch {
      return null;
    }
  };
  // postmaster.pid disappears when the server has shut down (what pg_ctl waits for).
  const waitForShutdown = (timeoutMs) => {
    const pause = new Int32Array(new SharedArrayBuffer(4));
    const deadline = Date.now() + timeoutMs;
    while (fs.existsSync(pidFile)) {
      if (Date.now() > deadline) return false;
      Atomics.wait(pause, 0, 0, 100);
    }
    return true;
  };

  const stopSync = () => {
    if (stopped) return;
    stopped = true;
    liveClusters.delete(cluster);
    if (started || fs.existsSync(pidFile)) {
      const result = run(bin("pg_ctl"), ["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "60"], {
        asPostgres: true,
        cwd: rootDir,
        allowFail: true,
      });
      if (result.status !== 0 && fs.existsSync(pidFile)) {
        // pg_ctl failed: signal the postmaster ourselves (SIGINT = fast, SIGQUIT = immediate shutdown).
        for (const [signal, waitMs] of [["SIGINT", 30_000], ["SIGQUIT", 10_000], ["SIGKILL", 5_000]]) {
          const pid = postmasterPid();
          if (pid === null) break;
          try {
            process.kill(pid, signal);
          } catch {
            break; // no such process
          }
          if (signal === "SIGKILL" || waitForShutdown(waitMs)) break;
        }
      }
    }
    fs.rmSync(rootDir, { recursive: true, force: true });
  };

  const cluster = {
    host,
    get port() {
      return port;
    },
    dataDir,
    urlFor(dbName) {
      return `postgres://postgres@${host}:${port}/${encodeURIComponent(dbName)}`;
    },
    async stop() {
      stopSync();
    },
    stopSync,
    /**
     * Fault injection for tests and benches: `ctl("restart")` (pg_ctl restart -m fast),
     * `ctl("stop")`, `ctl("start")` (same port and options). The cluster stays owned by this process.
     */
    ctl(action, { mode = "fast" } = {}) {
      if (stopped) throw new Error("[pg-cluster] the cluster was stopped");
      const args =
        action === "start"
          ? ["start", "-D", dataDir, "-l", logFile, "-w", "-t", "60", "-o", serverOptions()]
          : action === "stop"
            ? ["stop", "-D", dataDir, "-m", mode, "-w", "-t", "60"]
            : ["restart", "-D", dataDir, "-l", logFile, "-m", mode, "-w", "-t", "60", "-o", serverOptions()];
      run(bin("pg_ctl"), args, { asPostgres: true, cwd: rootDir, quiet: true });
    },
  };
  const serverOptions = () =>
    [`-h ${host}`, `-p ${port}`, `-k '${dataDir}'`, "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"].join(" ");
  liveClusters.add(cluster);

  try {
    // initdb, preferring the C.UTF-8 locale, falling back to plain C.
    const locales = hasUtf8CLocale() ? ["C.UTF-8", "C"] : ["C"];
    for (let i = 0; i < locales.length; i += 1) {
      const args = ["-D", dataDir, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", `--locale=${locales[i]}`];
      const result = run(bin("initdb"), args, { asPostgres: true, cwd: rootDir, allowFail: i < locales.length - 1, quiet: true });
      if (result.status === 0) break;
      // Retry with the next locale in an empty folder.
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.mkdirSync(dataDir, { mode: 0o700 });
      chownToPostgres(dataDir);
    }

    // Start on a free port; retry a few times in case another process grabs it meanwhile.
    let lastError;
    for (let attempt = 0; attempt < 5 && !started; attempt += 1) {
      port = await findFreePort();
      const options = [
        `-h ${host}`,
        `-p ${port}`,
        `-k '${dataDir}'`,
        "-c fsync=off",
        "-c synchronous_commit=off",
        "-c full_page_writes=off",
      ].join(" ");
      const result = run(
        bin("pg_ctl"),
        ["start", "-D", dataDir, "-l", logFile, "-w", "-t", "60", "-o", options],
        { asPostgres: true, cwd: rootDir, allowFail: true, quiet: true },
      );
      if (result.status === 0) {
        started = true;
        break;
      }
      let serverLog = "";
      try {
        serverLog = fs.readFileSync(logFile, "utf8").split("\n").slice(-20).join("\n");
      } catch {
        serverLog = "";
      }
      lastError = new Error(
        `[pg-cluster] pg_ctl start failed (port ${port}):\n${`${result.stdout ?? ""}${result.stderr ?? ""}`.trim()}\n${serverLog}`,
      );
      // A postmaster might still be around after a timeout: make sure it is gone.
      run(bin("pg_ctl"), ["stop", "-D", dataDir, "-m", "immediate", "-w"], {
        asPostgres: true,
        cwd: rootDir,
        allowFail: true,
        quiet: true,
      });
    }
    if (!started) throw lastError ?? new Error("[pg-cluster] pg_ctl start failed");

    // Create the databases (connecting over TCP: trust auth, no password).
    const createdb = bin("createdb");
    const psql = isExecutable(bin("psql")) ? bin("psql") : which("psql");
    for (const name of databases) {
      if (isExecutable(createdb)) {
        run(createdb, ["-h", host, "-p", String(port), "-U", "postgres", name], { cwd: rootDir });
      } else if (psql) {
        run(psql, ["-h", host, "-p", String(port), "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-c", `CREATE DATABASE "${name}"`], {
          cwd: rootDir,
        });
      } else {
        throw new Error("[pg-cluster] neither createdb nor psql was found to create the databases");
      }
    }
  } catch (error) {
    stopSync();
    throw error;
  }

  return cluster;
}

// CLI mode: `node scripts/pg-cluster.mjs [db ...]`
const isMain = (() => {
  if (!process.argv[1]) return false;
  try {
    return fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();

if (isMain) {
  const names = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
  const databases = names.length > 0 ? names : ["app"];
  try {
    const cluster = await startCluster({ databases });
    log(`PostgreSQL is running on 127.0.0.1:${cluster.port} (data in ${cluster.dataDir})`);
    for (const name of databases) {
      const key = databases.length === 1 ? "DATABASE_URL" : `DATABASE_URL_${name.toUpperCase()}`;
      process.stdout.write(`${key}=${cluster.urlFor(name)}\n`);
    }
    log("press Ctrl-C to stop it and delete its data");
    // Keep the event loop alive until a signal arrives (the handlers stop the cluster).
    setInterval(() => {}, 1 << 30);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
