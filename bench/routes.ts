/**
 * Route performance bench: `npm run bench` (or `npx tsx bench/routes.ts`).
 *
 *   --db pglite|postgres|both   which database(s) to bench (default both; env BENCH_DB)
 *   --duration <s>              seconds of load per route (default 10; env BENCH_DURATION)
 *   --connections <n>           concurrent connections (default 10; env BENCH_CONNECTIONS)
 *
 * For each database it serves the production build (`node scripts/start.mjs --no-build`) on a free
 * port, with embedded PGlite in a fresh temp folder or a throwaway PostgreSQL cluster, signs in as a
 * delegation and as a reviewer over the next-auth credentials flow, warms each route up, then loads
 * it with autocannon. It prints latency and throughput next to the trivial /api/ping route, and the
 * server's resident memory, against the DESIGN targets. The targets are reported, never enforced:
 * the exit code is non-zero only when the bench itself broke (a non-2xx response, a connection
 * error, a failed sign-in, a server that does not start). Results go to bench/results/routes-<db>.json.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { EventEmitter } from "node:events";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const resultsDir = path.join(root, "bench", "results");

const DEMO_PASSWORD = "demo-62/17-tracker";
const DELEGATION = { email: "france@demo.test", home: "/states/FRA", marker: "France" };
const REVIEWER = { email: "reviewer1@demo.test", home: "/secretariat", marker: "Secretariat overview" };

/** DESIGN targets. Printed as PASS/WARN, never a failure. */
const TARGETS = {
  latencyRatioMax: 3,
  throughputRatioMin: 1 / 3,
  rssMb: { pglite: 400, postgres: 250 } as Record<DbKind, number>,
};

type DbKind = "pglite" | "postgres";

// ---------------------------------------------------------------------------------------------
// Typed views of the two untyped modules (autocannon has no bundled types, pg-cluster is .mjs).

interface Histogram {
  average: number;
  mean: number;
  stddev: number;
  min: number;
  max: number;
  p50: number;
  p90: number;
  p99: number;
  total?: number;
}
interface AutocannonResult {
  latency: Histogram;
  requests: Histogram & { total: number; sent: number };
  throughput: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  non2xx: number;
  statusCodeStats?: Record<string, { count: number }>;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  timeout?: number;
}
interface AutocannonInstance extends EventEmitter {
  stop(): void;
}
type Autocannon = (opts: AutocannonOptions, cb: (err: Error | null, result: AutocannonResult) => void) => AutocannonInstance;

interface Cluster {
  port: number;
  urlFor(name: string): string;
  stop(): Promise<void>;
  stopSync?: () => void;
}
interface PgClusterModule {
  startCluster(options: { databases: string[] }): Promise<Cluster>;
  findFreePort(): Promise<number>;
}

const autocannon = createRequire(path.join(root, "package.json"))("autocannon") as Autocannon;
const pgCluster = (await import(pathToFileURL(path.join(root, "scripts", "pg-cluster.mjs")).href)) as PgClusterModule;

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  dbs: DbKind[];
  duration: number;
  connections: number;
}

function usage(): never {
  console.log("Usage: npx tsx bench/routes.ts [--db pglite|postgres|both] [--duration 10] [--connections 10]");
  process.exit(0);
}

function parseOptions(argv: string[]): Options {
  const raw: Record<string, string | undefined> = {
    db: process.env.BENCH_DB,
    duration: process.env.BENCH_DURATION,
    connections: process.env.BENCH_CONNECTIONS,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") usage();
    const match = /^--(db|duration|connections)(?:=(.*))?$/.exec(arg);
    if (!match) throw new BenchError(`unknown argument ${JSON.stringify(arg)} (try --help)`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new BenchError(`--${match[1]} needs a value`);
    raw[match[1]!] = value;
  }
  const db = raw.db ?? "both";
  if (!["pglite", "postgres", "both"].includes(db)) throw new BenchError(`--db must be pglite, postgres or both, not ${db}`);
  const duration = Number(raw.duration ?? 10);
  const connections = Number(raw.connections ?? 10);
  if (!(duration > 0)) throw new BenchError(`--duration must be a positive number of seconds, not ${raw.duration}`);
  if (!Number.isInteger(connections) || connections < 1) throw new BenchError(`--connections must be a positive integer, not ${raw.connections}`);
  return { dbs: db === "both" ? ["pglite", "postgres"] : [db as DbKind], duration, connections };
}

/** A failure of the bench itself (as opposed to a missed target). */
class BenchError extends Error {}

// ---------------------------------------------------------------------------------------------
// Cleanup: everything we start registers a stopper here; signals and errors run them all.

interface Cleanup {
  name: string;
  run: () => Promise<void> | void;
  /** For the process "exit" event, where nothing asynchronous runs any more. */
  runSync: () => void;
  running?: Promise<void>;
  finished?: boolean;
}
const cleanups: Cleanup[] = [];
let currentLoad: AutocannonInstance | undefined;
let interrupted: NodeJS.Signals | undefined;

function addCleanup(cleanup: Cleanup): Cleanup {
  cleanups.push(cleanup);
  return cleanup;
}

/** Runs a cleanup once; a second caller waits for the first. */
function runCleanup(c: Cleanup): Promise<void> {
  c.running ??= (async () => {
    try {
      await c.run();
    } catch (error) {
      console.error(`[bench] stopping ${c.name} failed: ${errorMessage(error)}`);
    } finally {
      c.finished = true;
      const index = cleanups.indexOf(c);
      if (index >= 0) cleanups.splice(index, 1);
    }
  })();
  return c.running;
}

/** Runs the given cleanups (default: all), newest first. */
async function runCleanups(list: Cleanup[] = [...cleanups]): Promise<void> {
  for (const c of [...list].reverse()) await runCleanup(c);
}

process.on("exit", () => {
  // Last resort (e.g. a second Ctrl-C): synchronous, best effort.
  for (const c of [...cleanups].reverse()) {
    if (c.finished) continue;
    try {
      c.runSync();
    } catch {
      // ignore: the process is exiting
    }
  }
});

const SIGNAL_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
const SIGNALS = Object.keys(SIGNAL_CODES) as NodeJS.Signals[];
let interruptedAt = 0;
for (const signal of SIGNALS) {
  process.on(signal, () => {
    // npm, tsx and `timeout` relay the signal a terminal already sent to our group: ignore echoes.
    if (interrupted && Date.now() - interruptedAt < 2_000) return;
    if (interrupted) {
      console.error(`\n[bench] second ${signal}: exiting now`);
      process.exit(SIGNAL_CODES[signal]);
    }
    interrupted = signal;
    interruptedAt = Date.now();
    console.error(`\n[bench] ${signal}: stopping the server and the database`);
    currentLoad?.stop();
    void runCleanups().finally(() => process.exit(SIGNAL_CODES[signal]));
  });
}

function checkInterrupted(): void {
  if (interrupted) throw new BenchError(`interrupted by ${interrupted}`);
}

/**
 * startCluster installs signal handlers that stop the cluster synchronously at once: that blocks
 * the event loop (tsx's launcher then SIGKILLs us before the server and temp folders are cleaned)
 * and stops the database under a running server. Our handler stops everything in order instead;
 * pg-cluster's own "exit" handler stays as the last resort.
 */
async function startClusterQuietly(): Promise<Cluster> {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const cluster = await pgCluster.startCluster({ databases: ["bench"] });
  for (const s of SIGNALS) {
    for (const listener of process.listeners(s)) if (!before.get(s)!.has(listener)) process.removeListener(s, listener);
  }
  return cluster;
}

// ---------------------------------------------------------------------------------------------
// Processes and memory (/proc)

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** pid -> parent pid for every process we can see. */
function processTable(): Map<number, number> {
  const table = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      // "pid (comm) state ppid ...": comm may contain spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      table.set(Number(entry), ppid);
    } catch {
      // the process has just exited
    }
  }
  return table;
}

function descendantsOf(pid: number, table = processTable()): number[] {
  const result = [pid];
  for (let i = 0; i < result.length; i += 1) {
    for (const [child, parent] of table) if (parent === result[i]) result.push(child);
  }
  return result.filter((p) => table.has(p));
}

function statusKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" ");
  } catch {
    return "?";
  }
}

/** The pid in `candidates` holding the socket that listens on `port`, if /proc tells. */
function listeningPid(port: number, candidates: number[]): number | undefined {
  const inodes = new Set<string>();
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = fs.readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      const local = cols[1];
      if (!local || cols[3] !== "0A") continue; // 0A = LISTEN
      if (Number.parseInt(local.split(":").pop()!, 16) === port && cols[9]) inodes.add(cols[9]);
    }
  }
  for (const pid of candidates) {
    let fds: string[] = [];
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const target = fs.readlinkSync(`/proc/${pid}/fd/${fd}`);
        const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
        if (inode && inodes.has(inode)) return pid;
      } catch {
        // fd closed meanwhile
      }
    }
  }
  return undefined;
}

interface MemoryReport {
  /** The same sum after sign-in and before any warm-up or load. */
  idleRssMb?: number;
  /** Resident memory of the listening Next.js server process and its descendants. */
  serverRssMb: number;
  /** Sum of each of those processes' peak resident memory (VmHWM): an upper bound of the peak. */
  serverPeakRssMb: number;
  /** scripts/start.mjs, the launcher that only waits for the server: reported, not counted. */
  launcherRssMb: number;
  processes: Array<{ pid: number; rssMb: number; command: string }>;
  targetMb: number;
  meetsTarget: boolean;
}

function measureMemory(server: Server, db: DbKind): MemoryReport {
  const table = processTable();
  const tree = descendantsOf(server.child.pid!, table);
  const listener = listeningPid(server.port, tree);
  // Without /proc/net (unusual) count the whole tree, launcher included: an overestimate.
  const serverTree = listener ? descendantsOf(listener, table) : tree;
  const launcher = tree.filter((pid) => !serverTree.includes(pid));
  const mb = (kb: number) => Math.round((kb / 1024) * 10) / 10;
  const sum = (pids: number[], field: "VmRSS" | "VmHWM") => pids.reduce((total, pid) => total + statusKb(pid, field), 0);
  const serverRssMb = mb(sum(serverTree, "VmRSS"));
  return {
    serverRssMb,
    serverPeakRssMb: mb(sum(serverTree, "VmHWM")),
    launcherRssMb: mb(sum(launcher, "VmRSS")),
    processes: serverTree.map((pid) => ({ pid, rssMb: mb(statusKb(pid, "VmRSS")), command: commandLine(pid) })),
    targetMb: TARGETS.rssMb[db],
    meetsTarget: serverRssMb < TARGETS.rssMb[db],
  };
}

// ---------------------------------------------------------------------------------------------
// The server

interface Server {
  child: ChildProcess;
  port: number;
  baseUrl: string;
  logFile: string;
  log: () => string;
  stop: () => Promise<void>;
}

function ensureBuild(): void {
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

function readBuildId(): string | undefined {
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

async function startServer(db: DbKind, env: NodeJS.ProcessEnv, workDir: string, owner: Cleanup[]): Promise<Server> {
  const port = await pgCluster.findFreePort();
  const logFile = path.join(workDir, "server.log");
  const logStream = fs.createWriteStream(logFile);
  let logText = "";
  // Own process group (detached), so the whole tree (launcher, next start, any worker) is
  // signalled at once and a terminal's Ctrl-C reaches only us: we stop it in order.
  const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs"), "--no-build"], {
    cwd: root,
    env: { ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
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

// ---------------------------------------------------------------------------------------------
// Sign-in (next-auth credentials flow over HTTP)

class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(res: Response): void {
    for (const header of res.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const eq = pair!.indexOf("=");
      if (eq <= 0) continue;
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = /;\s*max-age=0/i.test(header) || /;\s*expires=Thu, 01 Jan 1970/i.test(header);
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  has(name: string): boolean {
    return [...this.cookies.keys()].some((k) => k === name || k.startsWith(`${name}.`));
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

async function signIn(baseUrl: string, account: { email: string; home: string; marker: string }): Promise<string> {
  const jar = new CookieJar();
  const csrfRes = await fetch(`${baseUrl}/api/auth/csrf`);
  if (!csrfRes.ok) throw new BenchError(`GET /api/auth/csrf answered ${csrfRes.status}`);
  jar.store(csrfRes);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken?: string };
  if (!csrfToken) throw new BenchError("GET /api/auth/csrf returned no csrfToken");

  const login = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.header() },
    body: new URLSearchParams({ csrfToken, email: account.email, password: DEMO_PASSWORD, callbackUrl: `${baseUrl}/home` }),
  });
  await login.arrayBuffer();
  jar.store(login);
  if (!jar.has("authjs.session-token")) {
    throw new BenchError(
      `sign-in as ${account.email} failed: POST /api/auth/callback/credentials answered ${login.status} ` +
        `(location ${login.headers.get("location") ?? "none"}) without an authjs.session-token cookie`,
    );
  }
  const cookie = jar.header();

  // /home sends each role to its own home; that page must render for this user.
  const home = await fetch(`${baseUrl}/home`, { redirect: "manual", headers: { cookie } });
  await home.arrayBuffer();
  const location = home.headers.get("location") ?? "";
  if (home.status < 300 || home.status >= 400 || new URL(location, baseUrl).pathname !== account.home) {
    throw new BenchError(`signed in as ${account.email}, but /home answered ${home.status} → ${location || "no redirect"} instead of ${account.home}`);
  }
  const page = await fetch(`${baseUrl}${account.home}`, { redirect: "manual", headers: { cookie } });
  const html = await page.text();
  if (page.status !== 200 || !html.includes(account.marker)) {
    throw new BenchError(`signed in as ${account.email}, but ${account.home} answered ${page.status}${page.status === 200 ? ` without "${account.marker}"` : ""}`);
  }
  return cookie;
}

// ---------------------------------------------------------------------------------------------
// Load

interface RouteSpec {
  path: string;
  who: string;
  cookie?: string;
}

interface RouteResult {
  route: string;
  who: string;
  p50Ms: number;
  p99Ms: number;
  meanMs: number;
  rps: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
  latencyRatio: number;
  throughputRatio: number;
  latencyVerdict: "PASS" | "WARN" | "baseline";
  throughputVerdict: "PASS" | "WARN" | "baseline";
}

async function warmUp(baseUrl: string, route: RouteSpec, connections: number): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(
      Array.from({ length: Math.min(connections, 10) }, async () => {
        const res = await fetch(`${baseUrl}${route.path}`, { redirect: "manual", headers: route.cookie ? { cookie: route.cookie } : {} });
        await res.arrayBuffer();
        if (res.status !== 200) {
          throw new BenchError(`warm-up: GET ${route.path} (${route.who}) answered ${res.status}${res.headers.get("location") ? ` → ${res.headers.get("location")}` : ""}`);
        }
      }),
    );
  }
}

function load(baseUrl: string, route: RouteSpec, options: Options): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${baseUrl}${route.path}`,
        connections: options.connections,
        duration: options.duration,
        timeout: 30,
        headers: route.cookie ? { cookie: route.cookie } : {},
      },
      (err, result) => {
        currentLoad = undefined;
        if (err) reject(err);
        else resolve(result);
      },
    );
    currentLoad = instance;
  });
}

const round = (n: number, digits = 2) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : n);

async function benchRoutes(server: Server, routes: RouteSpec[], options: Options): Promise<RouteResult[]> {
  for (const route of routes) await warmUp(server.baseUrl, route, options.connections);
  const raw: Array<{ route: RouteSpec; result: AutocannonResult }> = [];
  for (const route of routes) {
    checkInterrupted();
    process.stdout.write(`  loading ${route.path.padEnd(14)} ${options.duration} s × ${options.connections} connections … `);
    const result = await load(server.baseUrl, route, options);
    checkInterrupted();
    process.stdout.write(`${round(result.requests.average, 1)} req/s\n`);
    raw.push({ route, result });
    await sleep(500);
  }
  const ping = raw[0]!.result;
  return raw.map(({ route, result }, index) => {
    const statusCodes: Record<string, number> = {};
    for (const [code, { count }] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = Number(count);
    const latencyRatio = result.latency.p50 / ping.latency.p50;
    const throughputRatio = result.requests.average / ping.requests.average;
    const baseline = index === 0;
    return {
      route: route.path,
      who: route.who,
      p50Ms: round(result.latency.p50),
      p99Ms: round(result.latency.p99),
      meanMs: round(result.latency.average),
      rps: round(result.requests.average, 1),
      requests: result.requests.total,
      non2xx: result.non2xx,
      errors: result.errors,
      timeouts: result.timeouts,
      statusCodes,
      latencyRatio: round(latencyRatio),
      throughputRatio: round(throughputRatio, 3),
      latencyVerdict: baseline ? "baseline" : latencyRatio <= TARGETS.latencyRatioMax ? "PASS" : "WARN",
      throughputVerdict: baseline ? "baseline" : throughputRatio >= TARGETS.throughputRatioMin ? "PASS" : "WARN",
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Report

function table(headers: string[], rows: string[][], rightAligned: Set<number>): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (rightAligned.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function printReport(db: DbKind, results: RouteResult[], memory: MemoryReport | undefined, options: Options): void {
  const title = db === "pglite" ? "embedded PGlite" : "PostgreSQL";
  console.log(`\n=== ${title}: ${options.duration} s per route, ${options.connections} connections ===`);
  const plain = results.find((r) => r.route === "/accessibility");
  const rows = results.map((r) => {
    const vsPlain = plain && r.route !== "/api/ping" ? `${(r.p50Ms / plain.p50Ms).toFixed(2)}x / ${(r.rps / plain.rps).toFixed(2)}` : "—";
    // A row with failed requests measured something else (a redirect, an error page): no verdict.
    const broken = r.non2xx + r.errors > 0 || r.requests === 0;
    const verdict = (v: RouteResult["latencyVerdict"]) => (broken ? "BROKEN" : v);
    return [
      r.route,
      r.who,
      r.p50Ms.toFixed(2),
      r.p99Ms.toFixed(2),
      r.rps.toFixed(1),
      String(r.requests),
      String(r.non2xx + r.errors),
      r.latencyVerdict === "baseline" ? `1.00 ${verdict("baseline")}` : `${r.latencyRatio.toFixed(2)}x ${verdict(r.latencyVerdict)}`,
      r.throughputVerdict === "baseline" ? `1.00 ${verdict("baseline")}` : `${r.throughputRatio.toFixed(2)} ${verdict(r.throughputVerdict)}`,
      vsPlain,
    ];
  });
  console.log(
    table(
      ["route", "as", "p50 ms", "p99 ms", "req/s", "requests", "non-2xx/err", "p50 vs ping (≤3x)", "req/s vs ping (≥0.33)", "p50 / req/s vs plain page"],
      rows,
      new Set([2, 3, 4, 5, 6]),
    ),
  );
  if (memory) {
    const verdict = memory.meetsTarget ? "PASS" : "WARN";
    console.log(
      `\nServer memory after the run: ${memory.serverRssMb.toFixed(1)} MB RSS ` +
        `(target < ${memory.targetMb} MB on ${title}: ${verdict}); ` +
        `before the load ${memory.idleRssMb?.toFixed(1) ?? "?"} MB, peak ≤ ${memory.serverPeakRssMb.toFixed(1)} MB; launcher scripts/start.mjs ${memory.launcherRssMb.toFixed(1)} MB not counted`,
    );
    for (const p of memory.processes) console.log(`  pid ${p.pid}  ${p.rssMb.toFixed(1).padStart(7)} MB  ${p.command.slice(0, 100)}`);
  }
  console.log("Targets are reported only (WARN is not a failure). The last column compares each page with /accessibility, a page with the layout and no data.");
}

// ---------------------------------------------------------------------------------------------
// One database

interface Outcome {
  /** The bench broke: the figures are not valid. */
  problems: string[];
  /** The figures are valid but may be disturbed. */
  warnings: string[];
}

async function benchDatabase(db: DbKind, options: Options, authSecret: string, buildId: string): Promise<Outcome> {
  console.log(`\n[bench] ${db}: starting`);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `tracker-bench-${db}-`));
  let keepLog = false;
  const mine: Cleanup[] = [];
  mine.push(addCleanup({
    name: "the temp folder",
    run: () => {
      if (keepLog) fs.rmSync(path.join(workDir, "pglite"), { recursive: true, force: true });
      else fs.rmSync(workDir, { recursive: true, force: true });
    },
    runSync: () => fs.rmSync(workDir, { recursive: true, force: true }),
  }));

  const env: NodeJS.ProcessEnv = { ...process.env, AUTH_SECRET: authSecret };
  if (db === "pglite") {
    delete env.DATABASE_URL;
    delete env.TRACKER_DEMO_DATA;
    env.PGLITE_DATA_DIR = path.join(workDir, "pglite");
  } else {
    const cluster = await startClusterQuietly();
    mine.push(addCleanup({ name: "the PostgreSQL cluster", run: () => cluster.stop(), runSync: () => cluster.stopSync?.() }));
    env.DATABASE_URL = cluster.urlFor("bench");
    env.TRACKER_DEMO_DATA = "1";
    delete env.PGLITE_DATA_DIR;
    console.log(`[bench] PostgreSQL cluster on 127.0.0.1:${cluster.port}`);
  }

  const problems: string[] = [];
  const warnings: string[] = [];
  const loadBefore = os.loadavg()[0]!;
  try {
    const server = await startServer(db, env, workDir, mine);
    console.log(`[bench] server up on ${server.baseUrl} (log: ${server.logFile})`);
    const delegationCookie = await signIn(server.baseUrl, DELEGATION);
    const reviewerCookie = await signIn(server.baseUrl, REVIEWER);
    console.log(`[bench] signed in as ${DELEGATION.email} and ${REVIEWER.email}`);

    const routes: RouteSpec[] = [
      { path: "/api/ping", who: "public" },
      // The plainest page of the app (layout, header, no data): the cost every page pays.
      { path: "/accessibility", who: "public" },
      { path: "/", who: "public" },
      { path: DELEGATION.home, who: "delegation", cookie: delegationCookie },
      { path: `${DELEGATION.home}/cycles/65/items/a`, who: "delegation", cookie: delegationCookie },
      { path: REVIEWER.home, who: "reviewer", cookie: reviewerCookie },
      { path: "/secretariat/cycles/65", who: "reviewer", cookie: reviewerCookie },
    ];
    const idle = measureMemory(server, db);
    const results = await benchRoutes(server, routes, options);
    const memory = { idleRssMb: idle.serverRssMb, ...measureMemory(server, db) };

    for (const r of results) {
      if (r.non2xx > 0) {
        const codes = Object.entries(r.statusCodes).map(([code, n]) => `${code}×${n}`).join(", ");
        problems.push(`${db} ${r.route}: ${r.non2xx} non-2xx responses (${codes})`);
      }
      if (r.errors > 0) problems.push(`${db} ${r.route}: ${r.errors} connection errors (${r.timeouts} timeouts)`);
      if (r.requests === 0) problems.push(`${db} ${r.route}: no request completed`);
    }
    if (server.child.exitCode !== null) problems.push(`${db}: the server exited during the run`);
    if (readBuildId() !== buildId) {
      warnings.push(`${db}: .next was rebuilt during the run (another \`next build\`?): the figures are disturbed, run again`);
    }

    printReport(db, results, memory, options);
    console.log(`Load average (1 min) on this ${os.cpus().length}-CPU machine: ${loadBefore.toFixed(2)} before, ${os.loadavg()[0]!.toFixed(2)} after.`);
    fs.mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `routes-${db}.json`);
    const json = {
      database: db,
      date: new Date().toISOString(),
      options: { duration: options.duration, connections: options.connections },
      environment: {
        node: process.version,
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model,
        totalMemoryMb: Math.round(os.totalmem() / 2 ** 20),
        buildId,
        loadAverage1mBefore: round(loadBefore),
        loadAverage1mAfter: round(os.loadavg()[0]!),
      },
      targets: {
        latencyRatioMax: TARGETS.latencyRatioMax,
        throughputRatioMin: round(TARGETS.throughputRatioMin, 3),
        rssMb: TARGETS.rssMb[db],
      },
      routes: results,
      memory,
      problems,
      warnings,
      ok: problems.length === 0,
    };
    fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`[bench] wrote ${path.relative(root, file)}`);
    if (problems.length > 0) keepLog = true;
  } catch (error) {
    keepLog = !interrupted;
    throw error;
  } finally {
    // Stop what this database started (server, cluster, temp folder), newest first.
    await runCleanups(mine);
    if (keepLog) console.error(`[bench] server log kept in ${path.join(workDir, "server.log")}`);
  }
  return { problems, warnings };
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  ensureBuild();
  const fromEnv = process.env.AUTH_SECRET;
  const authSecret = fromEnv && fromEnv.length >= 32 ? fromEnv : randomBytes(32).toString("base64");
  const buildId = readBuildId();
  if (!buildId) throw new BenchError(".next/BUILD_ID vanished: is another `next build` running? Try again when it is done");
  const problems: string[] = [];
  const warnings: string[] = [];
  for (const db of options.dbs) {
    checkInterrupted();
    const outcome = await benchDatabase(db, options, authSecret, buildId);
    problems.push(...outcome.problems);
    warnings.push(...outcome.warnings);
  }
  if (warnings.length > 0) {
    console.error("\n[bench] WARNING:");
    for (const w of warnings) console.error(`  - ${w}`);
  }
  if (problems.length > 0) {
    console.error("\n[bench] BROKEN: the figures above are not valid:");
    for (const p of problems) console.error(`  - ${p}`);
    return 1;
  }
  return 0;
}

try {
  const code = await main();
  await runCleanups();
  process.exit(code);
} catch (error) {
  if (interrupted) {
    // The signal handler is stopping everything and exits.
  } else {
    console.error(`\n[bench] FAILED: ${error instanceof BenchError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await runCleanups();
    process.exit(1);
  }
}
