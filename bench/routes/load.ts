import { setTimeout as sleep } from "node:timers/promises";
import { checkInterrupted, setCurrentLoad } from "./cleanup";
import { TARGETS } from "./config";
import { type AutocannonResult, autocannon } from "./modules";
import { type Options, BenchError } from "./options";
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

export function load(baseUrl: string, route: RouteSpec, options: Options): Promise<AutocannonResult> {
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
        setCurrentLoad(undefined);
        if (err) reject(err);
        else resolve(result);
      },
    );
    setCurrentLoad(instance);
  });
}

export const round = (n: number, digits = 2) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : n);

export async function benchRoutes(server: Server, routes: RouteSpec[], options: Options): Promise<RouteResult[]> {
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
