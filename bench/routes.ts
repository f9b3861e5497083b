/**
 * Route performance bench: `npm run bench` (or `npx tsx bench/routes.ts`).
 *
 *   --db pglite|postgres|both   which database(s) to bench (default both; env BENCH_DB)
 *   --duration <s>              seconds of load per route (default 10; env BENCH_DURATION)
 *   --connections <n>           concurrent connections (default 10; env BENCH_CONNECTIONS)
 *   --routes /a,/b              bench only these routes, with the bases of the ratios (env BENCH_ROUTES)
 *   SAVE_HTML=<dir>             also write each route's HTML there
 *
 * For each database it serves the production build (`node scripts/start.mjs --no-build`) on a free
 * port, with embedded PGlite in a fresh temp folder or a throwaway PostgreSQL cluster, signs in as a
 * delegation and as a reviewer over the next-auth credentials flow, warms each route up, then loads
 * it with autocannon. It prints latency and throughput next to the trivial /api/ping route, and the
 * server's resident memory, against the DESIGN targets. The targets are reported, never enforced:
 * the exit code is non-zero only when the bench itself broke (a non-2xx response, a connection
 * error, a failed sign-in, a server that does not start). Results go to bench/results/routes-<db>.json.
 */
import { randomBytes } from "node:crypto";
import { runCleanups, checkInterrupted, interruptedBy } from "./routes/cleanup";
import { benchDatabase } from "./routes/database";
import { parseOptions, BenchError } from "./routes/options";
import { ensureBuild, readBuildId } from "./routes/server";

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  ensureBuild();
  const fromEnv = process.env.AUTH_SECRET;
  const authSecret = fromEnv && fromEnv.length >= 32 ? fromEnv : randomBytes(32).toString("base64");
  // The seed encrypts the demo TOTP secret with a key derived from it (lib/auth/totp.ts): the bench
  // seeds in this process, the server decrypts, so both must hold the same secret.
  process.env.AUTH_SECRET = authSecret;
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
  if (interruptedBy()) {
    // The signal handler is stopping everything and exits.
  } else {
    console.error(`\n[bench] FAILED: ${error instanceof BenchError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    await runCleanups();
    process.exit(1);
  }
}
