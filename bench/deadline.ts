// Deadline day over HTTP: `npm run bench:deadline` (full form: 193 delegations, both faults), or the
// short form for CI: `npm run bench:deadline -- --delegations 50 --faults restart-db`.
//
// A throwaway PostgreSQL cluster, two `next start` instances on it and HAProxy in front (round
// robin, health check on /api/health/ready). Every delegation signs in through next-auth's
// credentials endpoint, then saves and submits its four items through the delegation JSON API
// (app/api/states/[iso3]/cycles/[session]/items/[letter]), the same guards and services as the
// editor; two reviewers page through the coverage matrix meanwhile. In the middle PostgreSQL is
// restarted (pg_ctl restart -m fast) and one app instance is killed (SIGKILL) and started again.
// Clients retry as the editor does: after a failed or unanswered save they read the item back and
// save again from the version the server has, so a save is never applied twice.
//
// Exits non-zero when an acknowledged save is missing from the database, a submission is half
// written, or a delegation could not finish. Requests go to 127.0.0.1 only; every loop is bounded.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { and, asc, count, eq, inArray } from "drizzle-orm";
import { connectPostgres, type Connection } from "@/db/client";
import { migrate } from "@/db/migrate";
import { auditEvents, memberStates, reportingCycles, requestedItems, revisions, submissions } from "@/db/schema";
import { seedDemoAccounts, seedReferenceData } from "@/db/seed";
import { DEMO_PASSWORD } from "@/db/seed/demo-accounts";
import { passSecondFactor, serverActionId } from "./second-factor";
import { systemContext } from "@/lib/context";
import { createUser } from "@/lib/users";
import { serverNodeOptions } from "../scripts/server-memory.mjs";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const SESSION = 65;
const LETTERS = ["a", "b", "c", "d"] as const;
const HARD_LIMIT_MS = 10 * 60_000;

// ---------------------------------------------------------------------------------------------
// Options

type Fault = "restart-db" | "kill-app";
const { values: flags } = parseArgs({
  options: {
    delegations: { type: "string", default: "193" },
    faults: { type: "string", default: "restart-db,kill-app" },
    reviewers: { type: "string", default: "2" },
    spread: { type: "string" },
    help: { type: "boolean", default: false },
  },
});
if (flags.help) {
  console.log(
    "npm run bench:deadline -- [--delegations 1..193] [--faults restart-db,kill-app|none] [--reviewers 0..2] [--spread SECONDS]\n" +
      "  --spread: seconds over which the delegations start (default 30 for 193, proportionally fewer).",
  );
  process.exit(0);
}
const delegationCount = Number(flags.delegations);
if (!Number.isInteger(delegationCount) || delegationCount < 1 || delegationCount > 193) usageError("--delegations must be 1..193");
const faults = new Set<Fault>(
  flags.faults === "none" || flags.faults === ""
    ? []
    : flags.faults!.split(",").map((f) => {
        if (f !== "restart-db" && f !== "kill-app") usageError(`unknown fault ${f} (restart-db, kill-app, none)`);
        return f;
      }),
);
const reviewerCount = Math.max(0, Math.min(2, Number(flags.reviewers)));
const spreadMs = (flags.spread ? Number(flags.spread) : Math.max(10, Math.round((30 * delegationCount) / 193))) * 1000;

/** Option errors stop at once; errors during the run throw, so the clean-up stops what was started. */
function usageError(message: string): never {
  console.error(`[deadline] ${message}`);
  process.exit(2);
}
class BenchError extends Error {}
function fail(message: string): never {
  throw new BenchError(message);
}

// ---------------------------------------------------------------------------------------------
// Processes and clean-up

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const cleanups: (() => void | Promise<void>)[] = [];

async function cleanUp() {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()!();
    } catch (error) {
      console.error(`[deadline] clean-up: ${error instanceof Error ? error.message : error}`);
    }
  }
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`[deadline] ${signal}: stopping`);
    void cleanUp().finally(() => process.exit(130));
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // gone
  }
}

async function stopChild(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  killGroup(child, "SIGTERM");
  if (await Promise.race([exited.then(() => true), sleep(8_000).then(() => false)])) return;
  killGroup(child, "SIGKILL");
  await Promise.race([exited, sleep(3_000)]);
}

interface PgCluster {
  port: number;
  dataDir: string;
  urlFor(name: string): string;
  stop(): Promise<void>;
  ctl(action: "start" | "stop" | "restart", options?: { mode?: string }): void;
}
interface PgClusterModule {
  startCluster(options: { databases: string[] }): Promise<PgCluster>;
  findFreePort(): Promise<number>;
}
const pgCluster = (await import(pathToFileURL(path.join(root, "scripts", "pg-cluster.mjs")).href)) as PgClusterModule;

function ensureBuild() {
  const manifest = path.join(root, ".next", "app-path-routes-manifest.json");
  let reason: string | undefined;
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) reason = ".next is missing";
  else {
    const routes = fs.existsSync(manifest) ? fs.readFileSync(manifest, "utf8") : "";
    if (!routes.includes("/api/health/ready") || !routes.includes("/api/states/[iso3]/cycles/[session]/items/[letter]\"")) {
      reason = "the build predates /api/health/ready or the delegation item API";
    }
  }
  if (!reason) return;
  console.log(`[deadline] ${reason}: running next build`);
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) fail(`next build failed (${build.status ?? build.signal})`);
}

function findHaproxy(): string {
  for (const candidate of ["/usr/sbin/haproxy", "/usr/local/sbin/haproxy", "/usr/bin/haproxy"]) if (fs.existsSync(candidate)) return candidate;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && fs.existsSync("/usr/bin/apt-get")) {
    console.log("[deadline] haproxy is missing: apt-get install -y haproxy");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update"], { stdio: "inherit", env });
    const r = spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "haproxy"], { stdio: "inherit", env });
    if (r.status === 0 && fs.existsSync("/usr/sbin/haproxy")) return "/usr/sbin/haproxy";
  }
  fail("haproxy is not installed (apt-get install haproxy)");
}

interface Instance {
  name: string;
  port: number;
  child: ChildProcess;
  logFile: string;
}

async function startInstance(name: string, port: number, env: NodeJS.ProcessEnv, workDir: string): Promise<Instance> {
  const logFile = path.join(workDir, `${name}.log`);
  const out = fs.openSync(logFile, "a");
  // The heap's cap of `npm start` (scripts/server-memory.mjs): the instances run as a server does.
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: { ...env, PORT: String(port), NODE_OPTIONS: serverNodeOptions(env.NODE_OPTIONS) },
    stdio: ["ignore", out, out],
    detached: true,
  });
  fs.closeSync(out);
  const instance = { name, port, child, logFile };
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) fail(`instance ${name} exited during start-up; see ${logFile}:\n${tailOf(logFile)}`);
    const res = await fetch(`http://127.0.0.1:${port}/api/health/ready`, { signal: AbortSignal.timeout(3_000) }).catch(() => null);
    if (res?.ok) return instance;
    if (Date.now() > deadline) fail(`instance ${name} not ready within 120 s; see ${logFile}:\n${tailOf(logFile)}`);
    await sleep(200);
  }
}

function tailOf(file: string, lines = 25) {
  try {
    return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).map((l) => `    | ${l}`).join("\n");
  } catch {
    return "";
  }
}

/** A request as HAProxy's log line (option httplog) has it. */
interface LoggedRequest {
  server: string;
  /** Waiting in a queue, connecting to the instance, waiting for its answer's head, in all (ms); -1: never reached. */
  queue: number;
  connect: number;
  response: number;
  total: number;
  status: string;
  request: string;
}

/** The requests of HAProxy's log (haproxy.log), for the slowest answers: which instance gave them and where the time went. */
function parseHaproxyLog(text: string): LoggedRequest[] {
  const line = /\] \S+ (\S+) -?\d+\/(-?\d+)\/(-?\d+)\/(-?\d+)\/(-?\d+) (-?\d+) .*"(\S+ \S+)/;
  return text.split("\n").flatMap((l) => {
    const m = line.exec(l);
    return m ? [{ server: m[1]!, queue: Number(m[2]), connect: Number(m[3]), response: Number(m[4]), total: Number(m[5]), status: m[6]!, request: m[7]! }] : [];
  });
}

function haproxyConfig(port: number, backends: Instance[]) {
  return `global
  maxconn 4096
  # One line per request (to haproxy.log): which instance answered, and where the time went.
  log stdout format raw local0
defaults
  mode http
  log global
  option httplog
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout http-request 10s
  timeout queue 10s
  option forwardfor
  # A request is retried on another server only when it never reached one (connection refused):
  # a save that reached an instance is never sent twice by the load balancer.
  retries 2
  retry-on conn-failure
  option redispatch
frontend tracker
  bind 127.0.0.1:${port}
  unique-id-format %{+X}o\\ %ci:%cp_%fi:%fp_%Ts_%rt:%pid
  unique-id-header X-Request-Id
  default_backend app
backend app
  balance roundrobin
  option httpchk GET /api/health/ready
  http-check expect status 200
  # An instance busy with the deadline's load answers its check late but is well: it is taken out after
  # three failed checks of 3 s, not two of 1 s. A killed one refuses connections (retried elsewhere above);
  # one whose database is away answers 503 at once.
  timeout check 3s
  default-server inter 1s fastinter 500ms downinter 1s fall 3 rise 2
${backends.map((b) => `  server ${b.name} 127.0.0.1:${b.port} check`).join("\n")}
`;
}

// ---------------------------------------------------------------------------------------------
// HTTP clients with a record of every answer

type Outcome = "ok" | `http ${number}` | "network" | "timeout";
interface Sample {
  at: number;
  ms: number;
  what: string;
  outcome: Outcome;
}
const samples: Sample[] = [];
let t0 = 0;
const since = () => performance.now() - t0;

class Jar {
  private cookies = new Map<string, string>();
  store(res: Response) {
    for (const header of res.headers.getSetCookie()) {
      const pair = header.split(";")[0]!;
      const i = pair.indexOf("=");
      if (i <= 0) continue;
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      if (value === "" || /max-age=0/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  has(prefix: string) {
    return [...this.cookies.keys()].some((k) => k === prefix || k.startsWith(`${prefix}.`));
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
  clear() {
    this.cookies.clear();
  }
}

/** One request; `expect` says which statuses count as a successful answer. */
async function request(
  base: string,
  what: string,
  pathname: string,
  init: RequestInit & { jar?: Jar; expect?: (status: number) => boolean } = {},
): Promise<{ res?: Response; outcome: Outcome; body?: string }> {
  const started = performance.now();
  const headers = new Headers(init.headers);
  if (init.jar) headers.set("cookie", init.jar.header());
  let outcome: Outcome;
  let res: Response | undefined;
  let body: string | undefined;
  try {
    res = await fetch(base + pathname, { ...init, headers, redirect: "manual", signal: AbortSignal.timeout(20_000) });
    body = await res.text();
    init.jar?.store(res);
    outcome = (init.expect ?? ((s) => s >= 200 && s < 300))(res.status) ? "ok" : `http ${res.status}`;
  } catch (error) {
    outcome = (error as Error).name === "TimeoutError" ? "timeout" : "network";
  }
  samples.push({ at: started - t0, ms: performance.now() - started, what, outcome });
  return { res, outcome, body };
}

const retriable = (o: Outcome) => o === "network" || o === "timeout" || o === "http 500" || o === "http 502" || o === "http 503" || o === "http 504";
const backoff = (attempt: number) => sleep(Math.min(4_000, 250 * 2 ** Math.min(attempt, 4)) * (0.5 + Math.random()));

async function signIn(base: string, jar: Jar, email: string, password: string): Promise<boolean> {
  for (let attempt = 0; attempt < 40 && since() < HARD_LIMIT_MS; attempt += 1) {
    jar.clear();
    const csrf = await request(base, "sign-in", "/api/auth/csrf", { jar });
    const token = csrf.outcome === "ok" ? (JSON.parse(csrf.body!) as { csrfToken?: string }).csrfToken : undefined;
    if (token) {
      const login = await request(base, "sign-in", "/api/auth/callback/credentials", {
        method: "POST",
        jar,
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken: token, email, password, callbackUrl: `${base}/home` }),
        expect: (s) => s === 302 || s === 303,
      });
      if (login.outcome === "ok" && jar.has("authjs.session-token")) return true;
      // A redirect without a session (error=…) while the database was away: try again.
    }
    await backoff(attempt);
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Delegations

interface Ack {
  iso3: string;
  letter: string;
  kind: "draft" | "submission";
  version: number;
  text: string;
}
const acks: Ack[] = [];
const landedUnanswered: { iso3: string; letter: string; kind: Ack["kind"] }[] = [];
const conflicts = { count: 0 };

interface ItemState {
  version: number;
  status: string;
  text: string;
}

async function readItem(base: string, jar: Jar, email: string, password: string, url: string): Promise<ItemState | undefined> {
  for (let attempt = 0; attempt < 60 && since() < HARD_LIMIT_MS; attempt += 1) {
    const r = await request(base, "item read", url, { jar });
    if (r.outcome === "ok") return JSON.parse(r.body!) as ItemState;
    if (r.outcome === "http 401") await signIn(base, jar, email, password);
    else if (!retriable(r.outcome)) return undefined;
    await backoff(attempt);
  }
  return undefined;
}

/** Saves (or submits) one item until the server has it; true when done. */
async function writeItem(base: string, jar: Jar, email: string, password: string, iso3: string, letter: string, kind: Ack["kind"], text: string): Promise<boolean> {
  const url = `/api/states/${iso3}/cycles/${SESSION}/items/${letter}`;
  let item = await readItem(base, jar, email, password, url);
  for (let attempt = 0; item && attempt < 60 && since() < HARD_LIMIT_MS; attempt += 1) {
    const done = item.text === text && (kind === "draft" || item.status === "submitted");
    if (done && attempt > 0) {
      // An earlier attempt landed but its answer was lost (restart, killed instance): not re-sent.
      landedUnanswered.push({ iso3, letter, kind });
      return true;
    }
    const r = await request(base, kind === "draft" ? "save" : "submit", url, {
      method: "POST",
      jar,
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text, expectedVersion: item.version, ...(kind === "submission" && { submit: true }) }),
    });
    if (r.outcome === "ok") {
      const saved = JSON.parse(r.body!) as { version: number };
      acks.push({ iso3, letter, kind, version: saved.version, text });
      return true;
    }
    if (r.outcome === "http 409") conflicts.count += 1;
    else if (r.outcome === "http 401") await signIn(base, jar, email, password);
    else if (!retriable(r.outcome)) {
      console.error(`[deadline] ${iso3} (${letter}) ${kind}: ${r.outcome} ${r.body?.slice(0, 200)}`);
      return false;
    } else await backoff(attempt);
    // Like the editor after a conflict or a lost answer: read what the server has, continue from it.
    item = await readItem(base, jar, email, password, url);
  }
  return false;
}

interface Delegation {
  iso3: string;
  email: string;
}
const finishedDelegations = new Set<string>();

async function delegation(base: string, d: Delegation, password: string, startAt: number, runId: string) {
  await sleep(Math.max(0, startAt - since()));
  const jar = new Jar();
  if (!(await signIn(base, jar, d.email, password))) return;
  for (const letter of LETTERS) {
    const draft = `Draft views of ${d.iso3} on item (${letter}) [${runId}]`;
    const final = `Views of ${d.iso3} on item (${letter}), as submitted on deadline day [${runId}]`;
    if (!(await writeItem(base, jar, d.email, password, d.iso3, letter, "draft", draft))) return;
    await sleep(100 + Math.random() * 600);
    if (!(await writeItem(base, jar, d.email, password, d.iso3, letter, "submission", final))) return;
    await sleep(100 + Math.random() * 600);
  }
  finishedDelegations.add(d.iso3);
}

const reviewerFailures: string[] = [];

async function reviewer(base: string, email: string, stop: () => boolean) {
  const jar = new Jar();
  // The Secretariat always has a second factor: the code goes where a browser sends it.
  if (!(await signIn(base, jar, email, DEMO_PASSWORD)) || !(await passSecondFactor(base, jar.header(), serverActionId(root, "app/actions/security.ts", "verifySecondFactorAction")))) {
    reviewerFailures.push(email);
    return;
  }
  const pages = ["", "?status=submitted", "?status=not_started", "?group=african", "?group=western_european_others", "?late=1"];
  for (let i = 0; !stop() && since() < HARD_LIMIT_MS; i += 1) {
    const r = await request(base, "matrix", `/secretariat/cycles/${SESSION}${pages[i % pages.length]}`, { jar });
    if (r.outcome === "ok" && !r.body!.includes("Coverage matrix")) samples[samples.length - 1]!.outcome = "http 200-wrong-page" as Outcome;
    await sleep(retriable(r.outcome) ? 1_000 : 500);
  }
}

// ---------------------------------------------------------------------------------------------
// Checks against the database

async function verify(conn: Connection, states: Delegation[]) {
  const db = conn.db;
  const [cycle] = await db.select().from(reportingCycles).where(eq(reportingCycles.targetSession, SESSION));
  const iso3s = states.map((s) => s.iso3);
  const rows = await db
    .select({ id: submissions.id, iso3: memberStates.iso3, letter: requestedItems.letter, s: submissions })
    .from(submissions)
    .innerJoin(memberStates, eq(memberStates.id, submissions.memberStateId))
    .innerJoin(requestedItems, eq(requestedItems.id, submissions.itemId))
    .where(and(eq(submissions.cycleId, cycle!.id), inArray(memberStates.iso3, iso3s)));
  const ids = rows.map((r) => r.id);
  const revs = ids.length ? await db.select().from(revisions).where(inArray(revisions.submissionId, ids)).orderBy(asc(revisions.version)) : [];
  const audits = ids.length
    ? await db.select({ submissionId: auditEvents.submissionId, action: auditEvents.action }).from(auditEvents).where(inArray(auditEvents.submissionId, ids))
    : [];
  const key = (iso3: string, letter: string) => `${iso3}/${letter}`;
  const byKey = new Map(rows.map((r) => [key(r.iso3, r.letter), r]));
  const revsOf = new Map<number, typeof revs>();
  for (const r of revs) revsOf.set(r.submissionId, [...(revsOf.get(r.submissionId) ?? []), r]);

  const missing: string[] = [];
  for (const a of acks) {
    const row = byKey.get(key(a.iso3, a.letter));
    const found = row && revsOf.get(row.id)?.some((r) => r.version === a.version && r.body === a.text && r.kind === a.kind);
    if (!found) missing.push(`${a.iso3} (${a.letter}) ${a.kind} v${a.version}`);
  }
  const halfWritten: string[] = [];
  for (const r of rows) {
    const list = revsOf.get(r.id) ?? [];
    const problems: string[] = [];
    if (list.length !== r.s.version || list.some((rev, i) => rev.version !== i + 1)) problems.push(`version ${r.s.version} but ${list.length} revisions`);
    if (r.s.status === "submitted") {
      const sub = list.find((rev) => rev.id === r.s.submittedRevisionId);
      if (!sub || sub.kind !== "submission" || sub.body !== r.s.body) problems.push("submitted without its submitted revision");
      if (!r.s.submittedAt) problems.push("submitted without a submission time");
      const submits = audits.filter((e) => e.submissionId === r.id && (e.action === "submission.submit" || e.action === "submission.amend")).length;
      const submissionRevisions = list.filter((rev) => rev.kind === "submission").length;
      if (submits !== submissionRevisions) problems.push(`${submissionRevisions} submitted revisions but ${submits} submit audit events`);
    }
    if (problems.length) halfWritten.push(`${r.iso3} (${r.letter}): ${problems.join("; ")}`);
  }
  const submitted = rows.filter((r) => r.s.status === "submitted").length;
  const [auditTotal] = await db.select({ n: count() }).from(auditEvents).where(eq(auditEvents.cycleId, cycle!.id));
  const [revisionTotal] = await db.select({ n: count() }).from(revisions).where(inArray(revisions.submissionId, ids.length ? ids : [-1]));
  return {
    missing,
    halfWritten,
    submitted,
    savesInDatabase: acks.length - missing.length,
    audits: auditTotal!.n,
    submitAudits: audits.filter((e) => e.action === "submission.submit").length,
    revisions: revisionTotal!.n,
  };
}

// ---------------------------------------------------------------------------------------------
// The run

function longestGap(from: number, to: number): { ms: number; at: number } {
  const okTimes = samples.filter((s) => s.outcome === "ok").map((s) => s.at + s.ms).sort((a, b) => a - b);
  let prev = from;
  let best = { ms: 0, at: from };
  for (const t of [...okTimes, to]) {
    if (t - prev > best.ms) best = { ms: t - prev, at: prev };
    prev = Math.max(prev, t);
  }
  return best;
}

/** From the fault to the first successful save or submit answered after it. */
function recoveryAfter(at: number): number | undefined {
  const next = samples.filter((s) => (s.what === "save" || s.what === "submit") && s.outcome === "ok" && s.at >= at).sort((a, b) => a.at + a.ms - (b.at + b.ms))[0];
  return next ? next.at + next.ms - at : undefined;
}

async function main(): Promise<number> {
  const hardStop = setTimeout(() => {
    console.error(`[deadline] still running after ${HARD_LIMIT_MS / 60_000} minutes: giving up`);
    void cleanUp().finally(() => process.exit(3));
  }, HARD_LIMIT_MS + 120_000);
  hardStop.unref();

  ensureBuild();
  const haproxy = findHaproxy();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "deadline-"));
  console.log(`[deadline] ${delegationCount} delegations, ${reviewerCount} reviewers, faults: ${[...faults].join(", ") || "none"}; logs in ${workDir}`);

  const cluster = await pgCluster.startCluster({ databases: ["deadline"] });
  cleanups.push(() => cluster.stop());
  const url = cluster.urlFor("deadline");

  // The seed encrypts the reviewers' TOTP secret with a key derived from AUTH_SECRET (lib/auth/totp.ts):
  // this process seeds, the instances decrypt, so all hold the same secret.
  const authSecret = randomBytes(32).toString("base64");
  process.env.AUTH_SECRET = authSecret;

  // Schema, reference data, demo reviewers and the delegation accounts, before any instance starts.
  const conn = connectPostgres(url, 4);
  cleanups.push(() => conn.close());
  await migrate(conn);
  await seedReferenceData(conn.db);
  await seedDemoAccounts(conn.db);
  const password = randomBytes(12).toString("base64url");
  const runId = randomBytes(4).toString("hex");
  const states = await conn.db.select({ iso3: memberStates.iso3 }).from(memberStates).orderBy(asc(memberStates.iso3));
  const chosen: Delegation[] = states.slice(0, delegationCount).map((s) => ({ iso3: s.iso3, email: `delegation-${s.iso3.toLowerCase()}@deadline.test` }));
  const created = performance.now();
  for (let i = 0; i < chosen.length; i += 4) {
    await Promise.all(
      chosen.slice(i, i + 4).map(async (d) => {
        const r = await createUser(systemContext(conn.db, "bench:deadline"), { email: d.email, name: `Officer, Permanent Mission (${d.iso3})`, role: "delegation", stateIso3: d.iso3, password });
        if (!r.ok) fail(`could not create ${d.email}: ${r.message} ${JSON.stringify(r.fieldErrors)}`);
      }),
    );
  }
  console.log(`[deadline] ${chosen.length} delegation accounts created in ${((performance.now() - created) / 1000).toFixed(1)} s`);

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: url,
    DATABASE_POOL_MAX: "8",
    AUTH_SECRET: authSecret,
    TRACKER_DEMO_DATA: "1",
    // Deadline day itself (31 May 2010, the 65th session's deadline), noon in New York.
    TRACKER_TODAY: "2010-05-31",
    REMINDER_INTERVAL_MINUTES: "0",
    METRICS_TOKEN: randomBytes(18).toString("hex"),
    APP_URL: "http://127.0.0.1",
  };
  const ports = [await pgCluster.findFreePort(), await pgCluster.findFreePort()];
  const instances: Instance[] = [];
  for (const [i, port] of ports.entries()) {
    const inst = await startInstance(i === 0 ? "app1" : "app2", port, env, workDir);
    instances.push(inst);
    cleanups.push(() => stopChild(instances[i]!.child));
  }

  const lbPort = await pgCluster.findFreePort();
  const cfg = path.join(workDir, "haproxy.cfg");
  fs.writeFileSync(cfg, haproxyConfig(lbPort, instances));
  const check = spawnSync(haproxy, ["-c", "-q", "-f", cfg], { encoding: "utf8" });
  if (check.status !== 0) fail(`haproxy rejected its configuration:\n${check.stdout}${check.stderr}`);
  const lbLog = fs.openSync(path.join(workDir, "haproxy.log"), "a");
  const lb = spawn(haproxy, ["-db", "-f", cfg], { stdio: ["ignore", lbLog, lbLog], detached: true });
  fs.closeSync(lbLog);
  cleanups.push(() => stopChild(lb));
  const base = `http://127.0.0.1:${lbPort}`;
  for (let i = 0; ; i += 1) {
    const r = await fetch(`${base}/api/health/ready`).catch(() => null);
    if (r?.ok) break;
    if (i > 100) fail("HAProxy did not answer /api/health/ready within 20 s");
    await sleep(200);
  }
  console.log(`[deadline] HAProxy on ${base} → ${instances.map((i) => `${i.name} :${i.port}`).join(", ")}`);

  // The rush.
  t0 = performance.now();
  const faultLog: { fault: string; at: number; detail: string; recoveredMs?: number; backMs?: number }[] = [];
  const delegationsDone = Promise.all(chosen.map((d, i) => delegation(base, d, password, (i / chosen.length) * spreadMs, runId)));
  let allDone = false;
  void delegationsDone.then(() => (allDone = true));
  const reviewersDone = Promise.all(["reviewer1@demo.test", "reviewer2@demo.test"].slice(0, reviewerCount).map((email) => reviewer(base, email, () => allDone)));

  // Faults in the middle of the rush: when a third, then two thirds of the expected saves are acknowledged.
  const expectedSaves = chosen.length * LETTERS.length * 2;
  const faultPlan: [number, Fault][] = [];
  if (faults.has("restart-db")) faultPlan.push([faults.has("kill-app") ? 0.33 : 0.5, "restart-db"]);
  if (faults.has("kill-app")) faultPlan.push([faults.has("restart-db") ? 0.66 : 0.5, "kill-app"]);
  for (const [fraction, fault] of faultPlan) {
    while (!allDone && acks.length < fraction * expectedSaves && since() < HARD_LIMIT_MS) await sleep(100);
    if (allDone) break;
    const started = since();
    if (fault === "restart-db") {
      cluster.ctl("restart", { mode: "fast" });
      faultLog.push({ fault: "PostgreSQL restart (pg_ctl restart -m fast)", at: started, detail: `took ${((since() - started) / 1000).toFixed(1)} s` });
    } else {
      const victim = instances[1]!;
      killGroup(victim.child, "SIGKILL");
      await new Promise<void>((r) => (victim.child.exitCode !== null || victim.child.signalCode !== null ? r() : victim.child.once("exit", () => r())));
      await sleep(2_000);
      const restarted = await startInstance(victim.name, victim.port, env, workDir);
      instances[1] = restarted;
      faultLog.push({ fault: `app instance ${victim.name} killed (SIGKILL), started again after 2 s`, at: started, detail: "", backMs: since() - started });
    }
  }
  await delegationsDone;
  allDone = true;
  await reviewersDone;
  const endedAt = since();

  // Metrics of one instance, to show the endpoint and what the run did to it.
  const metricsText = await fetch(`http://127.0.0.1:${instances[0]!.port}/api/metrics`, { headers: { authorization: `Bearer ${env.METRICS_TOKEN}` } })
    .then((r) => (r.ok ? r.text() : `(metrics answered ${r.status})`))
    .catch((e: unknown) => `(metrics failed: ${e})`);

  const result = await verify(conn, chosen);
  for (const f of faultLog) f.recoveredMs = recoveryAfter(f.at);

  // Report.
  const byKind = new Map<string, number>();
  for (const s of samples) if (s.outcome !== "ok") byKind.set(`${s.what}: ${s.outcome}`, (byKind.get(`${s.what}: ${s.outcome}`) ?? 0) + 1);
  const byWhat = new Map<string, { n: number; ms: number[] }>();
  for (const s of samples) {
    const e = byWhat.get(s.what) ?? { n: 0, ms: [] };
    e.n += 1;
    if (s.outcome === "ok") e.ms.push(s.ms);
    byWhat.set(s.what, e);
  }
  const pct = (list: number[], p: number) => (list.length ? [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor((p / 100) * list.length))]! : 0);
  const gap = longestGap(0, endedAt);
  const lastWrite = Math.max(0, ...samples.filter((s) => (s.what === "save" || s.what === "submit") && s.outcome === "ok").map((s) => s.at + s.ms));
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

  console.log("\n=== deadline day: results ===");
  console.log(`delegations                  ${finishedDelegations.size}/${chosen.length} finished (signed in, saved and submitted four items)`);
  console.log(`all four items submitted in  ${s(lastWrite)} (starts spread over ${s(spreadMs)})`);
  console.log(`requests                     ${samples.length} (${samples.filter((x) => x.outcome === "ok").length} ok)`);
  for (const [what, e] of byWhat) console.log(`  ${what.padEnd(27)}${String(e.n).padStart(5)}   p50 ${pct(e.ms, 50).toFixed(0)} ms, p99 ${pct(e.ms, 99).toFixed(0)} ms`);
  console.log(`errors by kind               ${byKind.size === 0 ? "none" : ""}`);
  for (const [kind, n] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`  ${kind.padEnd(27)}${String(n).padStart(5)}`);
  const matrixPages = samples.filter((x) => x.what === "matrix" && x.outcome === "ok").length;
  console.log(`matrix pages served          ${matrixPages} to ${reviewerCount - reviewerFailures.length}/${reviewerCount} reviewers signed in with their second factor`);
  console.log(`acknowledged saves           ${acks.length} (${acks.filter((a) => a.kind === "draft").length} drafts, ${acks.filter((a) => a.kind === "submission").length} submissions)`);
  console.log(`landed, answer lost          ${landedUnanswered.length} (found on read-back, not sent again)`);
  console.log(`conflicts (409) on retry     ${conflicts.count}`);
  console.log(`saves found in the database  ${result.savesInDatabase}/${acks.length}`);
  console.log(`items submitted (database)   ${result.submitted}/${chosen.length * LETTERS.length}`);
  console.log(`audit events (cycle ${SESSION})      ${result.audits} (${result.submitAudits} submission.submit)`);
  console.log(`revisions                    ${result.revisions}`);
  console.log(`half-written submissions     ${result.halfWritten.length}`);
  console.log(`longest without a success    ${s(gap.ms)} (from ${s(gap.at)})`);
  const slowest = parseHaproxyLog(fs.readFileSync(path.join(workDir, "haproxy.log"), "utf8"))
    .sort((a, b) => b.total - a.total)
    .slice(0, 3);
  console.log(`slowest answers (HAProxy)    ${slowest.length === 0 ? "none logged" : ""}`);
  for (const r of slowest) console.log(`  ${s(r.total).padEnd(8)} ${r.status} ${r.request.slice(0, 60)} via ${r.server} (queue ${r.queue} ms, connect ${r.connect} ms, answer head ${r.response} ms)`);
  for (const f of faultLog) {
    console.log(
      `fault at ${s(f.at).padEnd(8)}           ${f.fault}${f.detail ? `, ${f.detail}` : ""}; next acknowledged save after ${f.recoveredMs === undefined ? "never" : s(f.recoveredMs)}` +
        (f.backMs !== undefined ? `; instance ready again after ${s(f.backMs)}` : ""),
    );
  }
  const metricLines = metricsText
    .split("\n")
    .filter((l) => /^tracker_(database_up|database_unavailable_errors_total|database_connections|outbox_messages|signin_failures_recent|database_pool_max)\b/.test(l));
  console.log(`metrics of app1 (/api/metrics):\n${metricLines.map((l) => `  ${l}`).join("\n") || `  ${metricsText.slice(0, 200)}`}`);

  const problems: string[] = [];
  if (result.missing.length) problems.push(`${result.missing.length} acknowledged saves missing: ${result.missing.slice(0, 10).join(", ")}`);
  if (result.halfWritten.length) problems.push(`${result.halfWritten.length} half-written submissions: ${result.halfWritten.slice(0, 10).join(", ")}`);
  if (finishedDelegations.size !== chosen.length) problems.push(`${chosen.length - finishedDelegations.size} delegations could not finish`);
  if (result.submitted !== chosen.length * LETTERS.length) problems.push(`${result.submitted} of ${chosen.length * LETTERS.length} items submitted`);
  if (reviewerFailures.length) problems.push(`reviewers could not sign in: ${reviewerFailures.join(", ")}`);
  if (reviewerCount > 0 && matrixPages === 0) problems.push("no reviewer was served the coverage matrix");
  if (problems.length) {
    console.error(`\nFAILED:\n  ${problems.join("\n  ")}\n(logs in ${workDir})`);
    return 1;
  }
  console.log(`\nOK: nothing acknowledged was lost, nothing half-written. Logs: ${workDir}`);
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  console.error(`[deadline] ${error instanceof BenchError ? error.message : error instanceof Error ? (error.stack ?? error.message) : error}`);
  code = 1;
} finally {
  await cleanUp();
}
process.exit(code);
