import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { serverNodeOptions } from "../../scripts/server-memory.mjs";
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { type Cleanup, addCleanup, checkInterrupted } from "./cleanup";
import { root, nextBin, type DbKind } from "./config";
import { pgCluster } from "./modules";
import { BenchError } from "./options";

// The server

export interface Server {
  child: ChildProcess;
  port: number;
  baseUrl: string;
  logFile: string;
  log: () => string;
  stop: () => Promise<void>;
}

export function ensureBuild(): void {
  const buildId = path.join(root, ".next", "BUILD_ID");
  const routesManifest = path.join(root, ".next", "app-path-routes-manifest.json");
  let reason: string | undefined;
  if (!fs.existsSync(buildId)) reason = ".next/BUILD_ID is missing";
  else if (!fs.existsSync(routesManifest) || !fs.readFileSync(routesManifest, "utf8").includes('"/api/ping"')) {
    reason = "the build has no /api/ping route (built before it was added)";
  }
  if (!reason) return;
  console.log(`[bench] ${reason}: running next build`);
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new BenchError(`next build failed (exit code ${build.status ?? build.signal})`);
}

export function readBuildId(): string | undefined {
  try {
    return fs.readFileSync(path.join(root, ".next", "BUILD_ID"), "utf8").trim();
  } catch {
    return undefined;
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

/** `profileDir`: serve with `node --cpu-prof` (not allowed in NODE_OPTIONS), straight through `next start`. */
export async function startServer(db: DbKind, env: NodeJS.ProcessEnv, workDir: string, owner: Cleanup[], profileDir?: string): Promise<Server> {
  const port = await pgCluster.findFreePort();
  const logFile = path.join(workDir, "server.log");
  const logStream = fs.createWriteStream(logFile);
  let logText = "";
  // Own process group (detached), so the whole tree (launcher, next start, any worker) is
  // signalled at once and a terminal's Ctrl-C reaches only us: we stop it in order.
  const args = profileDir
    ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDir)}`, nextBin, "start", "-p", String(port)]
    : [path.join(root, "scripts", "start.mjs"), "--no-build"];
  const child = spawn(process.execPath, args, {
    cwd: root,
    // Profiled, the server is started without scripts/start.mjs: the same heap cap is given here.
    env: { ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", ...(profileDir && { NODE_OPTIONS: serverNodeOptions(env.NODE_OPTIONS) }) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const pgid = child.pid!;
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.on("data", (chunk: Buffer) => {
      logStream.write(chunk);
      logText = (logText + chunk.toString("utf8")).slice(-20_000);
    });
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (groupAlive(pgid)) {
      signalGroup(pgid, "SIGTERM");
      const deadline = Date.now() + 10_000;
      while (groupAlive(pgid) && Date.now() < deadline) await sleep(100);
      if (groupAlive(pgid)) {
        console.error(`[bench] server (process group ${pgid}) ignored SIGTERM: SIGKILL`);
        signalGroup(pgid, "SIGKILL");
        while (groupAlive(pgid)) await sleep(50);
      }
    }
    await Promise.race([exited, sleep(2_000)]);
    logStream.end();
  };
  owner.push(
    addCleanup({
      name: `the ${db} server`,
      run: stop,
      runSync: () => signalGroup(pgid, "SIGKILL"),
    }),
  );

  const server: Server = { child, port, baseUrl: `http://127.0.0.1:${port}`, logFile, log: () => logText, stop };

  // Wait for /api/health: the first start migrates and seeds, which takes a while.
  const deadline = Date.now() + 180_000;
  for (;;) {
    checkInterrupted();
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new BenchError(`the server exited during start-up (${child.exitCode ?? child.signalCode}):\n${tail(logText)}`);
    }
    try {
      const res = await fetch(`${server.baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new BenchError(`the server did not answer /api/health within 180 s:\n${tail(logText)}`);
    await sleep(250);
  }
  const expected = db === "pglite" ? "Database: embedded PGlite" : "Database: PostgreSQL";
  if (!logText.includes(expected)) {
    throw new BenchError(`the server did not report "${expected}" (is DATABASE_URL set in a .env file?):\n${tail(logText)}`);
  }
  return server;
}

function tail(text: string, lines = 30): string {
  return text.trimEnd().split("\n").slice(-lines).map((l) => `    | ${l}`).join("\n");
}
