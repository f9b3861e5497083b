import { type DbKind } from "./config";

// Options

export interface Options {
  dbs: DbKind[];
  /** Seconds of load per route, in all. */
  duration: number;
  /**
   * The routes are loaded this many times in turn, each for its share of the duration, so that what drifts on a
   * shared machine (another tenant, the CPU's clock) falls on every route alike rather than on whichever ran then.
   */
  passes: number;
  connections: number;
  /** Generated data, 1, 10 or 100 times (bench/generate.ts). */
  scale: number;
  /** Write a CPU profile of the server (node --cpu-prof) into this folder. */
  profileDir?: string;
  /** Write a heap snapshot of the server after the run (SIGUSR2, --heapsnapshot-signal) into this folder. */
  heapDir?: string;
  /** Bench only these paths (and the bases /api/ping, /bench-floor, /accessibility, for the ratios). */
  routes?: string[];
}

function usage(): never {
  console.log("Usage: npx tsx bench/routes.ts [--db pglite|postgres|both] [--duration 10] [--passes 3] [--connections 10] [--scale 1|10|100] [--profile <dir>] [--heap-snapshot <dir>] [--routes /path,/path]");
  process.exit(0);
}

export function parseOptions(argv: string[]): Options {
  const raw: Record<string, string | undefined> = {
    db: process.env.BENCH_DB,
    duration: process.env.BENCH_DURATION,
    passes: process.env.BENCH_PASSES,
    connections: process.env.BENCH_CONNECTIONS,
    scale: process.env.BENCH_SCALE,
    profile: process.env.BENCH_PROFILE,
    "heap-snapshot": process.env.BENCH_HEAP_SNAPSHOT,
    routes: process.env.BENCH_ROUTES,
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") usage();
    const match = /^--(db|duration|passes|connections|scale|profile|heap-snapshot|routes)(?:=(.*))?$/.exec(arg);
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
  const passes = Number(raw.passes ?? 3);
  if (!Number.isInteger(passes) || passes < 1 || duration / passes < 1) throw new BenchError(`--passes must be a positive integer that leaves each pass a second at least, not ${raw.passes}`);
  if (!Number.isInteger(connections) || connections < 1) throw new BenchError(`--connections must be a positive integer, not ${raw.connections}`);
  const scale = Number(raw.scale ?? 1);
  if (![1, 10, 100].includes(scale)) throw new BenchError(`--scale must be 1, 10 or 100, not ${raw.scale}`);
  const routes = raw.routes?.split(",").map((r) => r.trim()).filter(Boolean);
  if (routes?.some((r) => !r.startsWith("/"))) throw new BenchError(`--routes takes paths starting with "/", comma-separated, not ${raw.routes}`);
  return {
    dbs: db === "both" ? ["pglite", "postgres"] : [db as DbKind],
    duration,
    passes,
    connections,
    scale,
    profileDir: raw.profile || undefined,
    heapDir: raw["heap-snapshot"] || undefined,
    routes: routes?.length ? routes : undefined,
  };
}

/** A failure of the bench itself (as opposed to a missed target). */
export class BenchError extends Error {}
