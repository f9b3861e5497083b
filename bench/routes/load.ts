import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { checkInterrupted, setCurrentLoad } from "./cleanup";
import { TARGETS } from "./config";
import { type AutocannonResult, autocannon } from "./modules";
import { type Options, BenchError } from "./options";
import { cpuSeconds } from "./processes";
import { type Server } from "./server";

// Load

export interface RouteSpec {
  path: string;
  who: string;
  cookie?: string;
}

export interface RouteResult {
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
  queries?: number | null;
  htmlBytes?: number;
  /** The server's CPU time per request under load (milliseconds; PostgreSQL's not counted). */
  cpuMsPerRequest?: number;
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

export function load(baseUrl: string, route: RouteSpec, options: Options, duration = options.duration): Promise<AutocannonResult> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${baseUrl}${route.path}`,
        connections: options.connections,
        duration,
        timeout: 30,
        headers: route.cookie ? { cookie: route.cookie } : {},
      },
      (err, result) => {
        setCurrentLoad(undefined);
        if (err) reject(err);
        else resolve(result);
      },
    );
    setCurrentLoad(instance);
  });
}

export interface QueryCount {
  /** Statements the server sent for one request (the fewest over three sequential requests). */
  queries: number | null;
  /** Bytes of the response body (HTML for pages). */
  htmlBytes: number;
}

/**
 * One request at a time, reading the server's statement counter (bench mode) before and after: the
 * queries a page costs. Three tries, the fewest kept, in case a background job ran in between.
 */
export async function countQueries(baseUrl: string, routes: RouteSpec[]): Promise<QueryCount[]> {
  const counter = async () => {
    const res = await fetch(`${baseUrl}/api/bench/queries`);
    if (!res.ok) throw new BenchError(`/api/bench/queries answered ${res.status}: is the server in bench mode (TRACKER_BENCH=1)?`);
    return ((await res.json()) as { queries: number }).queries;
  };
  const out: QueryCount[] = [];
  for (const route of routes) {
    let best = Number.POSITIVE_INFINITY;
    let htmlBytes = 0;
    for (let i = 0; i < 3; i += 1) {
      const before = await counter();
      const res = await fetch(`${baseUrl}${route.path}`, { redirect: "manual", headers: route.cookie ? { cookie: route.cookie } : {} });
      const body = Buffer.from(await res.arrayBuffer());
      htmlBytes = body.byteLength;
      best = Math.min(best, (await counter()) - before);
      // SAVE_HTML=<dir>: each route's answer, for a look at what makes it heavy.
      if (i === 0 && process.env.SAVE_HTML) {
        fs.mkdirSync(process.env.SAVE_HTML, { recursive: true });
        fs.writeFileSync(path.join(process.env.SAVE_HTML, `${route.path.replace(/[^a-z0-9]+/gi, "_")}.html`), body);
      }
    }
    out.push({ queries: best, htmlBytes });
  }
  return out;
}

export const round = (n: number, digits = 2) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : n);

/** What the report takes of a route's load. */
interface LoadSummary {
  latency: { p50: number; p99: number; average: number };
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}

/** One route's passes as one result: counts added up, the latency the median pass's, the mean weighted by requests. */
function merge(passes: AutocannonResult[], seconds: number): LoadSummary {
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return (sorted[Math.floor((sorted.length - 1) / 2)]! + sorted[Math.ceil((sorted.length - 1) / 2)]!) / 2;
  };
  const total = passes.reduce((sum, p) => sum + p.requests.total, 0);
  const statusCodeStats: Record<string, { count: number }> = {};
  for (const p of passes) for (const [code, { count }] of Object.entries(p.statusCodeStats ?? {})) statusCodeStats[code] = { count: (statusCodeStats[code]?.count ?? 0) + Number(count) };
  return {
    latency: {
      p50: median(passes.map((p) => p.latency.p50)),
      p99: median(passes.map((p) => p.latency.p99)),
      average: passes.reduce((sum, p) => sum + p.latency.average * p.requests.total, 0) / Math.max(1, total),
    },
    requests: { average: total / seconds, total },
    non2xx: passes.reduce((sum, p) => sum + p.non2xx, 0),
    errors: passes.reduce((sum, p) => sum + p.errors, 0),
    timeouts: passes.reduce((sum, p) => sum + p.timeouts, 0),
    statusCodeStats,
  };
}

export async function benchRoutes(server: Server, routes: RouteSpec[], options: Options): Promise<RouteResult[]> {
  for (const route of routes) await warmUp(server.baseUrl, route, options.connections);
  const seconds = options.duration / options.passes;
  const passes = routes.map(() => ({ results: [] as AutocannonResult[], cpuSeconds: 0 }));
  for (let pass = 1; pass <= options.passes; pass += 1) {
    if (options.passes > 1) console.log(`  pass ${pass} of ${options.passes}`);
    for (const [index, route] of routes.entries()) {
      checkInterrupted();
      process.stdout.write(`  loading ${route.path.padEnd(40)} ${round(seconds, 1)} s × ${options.connections} connections … `);
      const cpuBefore = cpuSeconds(server);
      const result = await load(server.baseUrl, route, options, seconds);
      const cpu = cpuSeconds(server) - cpuBefore;
      checkInterrupted();
      process.stdout.write(`${round(result.requests.average, 1)} req/s, ${round((cpu * 1000) / Math.max(1, result.requests.total), 1)} ms of CPU each\n`);
      passes[index]!.results.push(result);
      passes[index]!.cpuSeconds += cpu;
      await sleep(500);
    }
  }
  const raw = routes.map((route, index) => {
    const result = merge(passes[index]!.results, options.duration);
    return { route, result, cpuMs: (passes[index]!.cpuSeconds * 1000) / Math.max(1, result.requests.total) };
  });
  const ping = raw[0]!.result;
  return raw.map(({ route, result, cpuMs }, index) => {
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
      cpuMsPerRequest: round(cpuMs, 1),
      latencyRatio: round(latencyRatio),
      throughputRatio: round(throughputRatio, 3),
      latencyVerdict: baseline ? "baseline" : latencyRatio <= TARGETS.latencyRatioMax ? "PASS" : "WARN",
      throughputVerdict: baseline ? "baseline" : throughputRatio >= TARGETS.throughputRatioMin ? "PASS" : "WARN",
    };
  });
}
