#!/usr/bin/env node
// The one test command (`npm test`): typecheck, lint, unit + integration tests
// on PGlite, integration tests on a throwaway PostgreSQL, production build and
// Playwright end-to-end tests. Stops at the first failure (non-zero exit code)
// and always stops the PostgreSQL cluster it started.

import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureChromium } from "./ensure-chromium.mjs";
import { findFreePort, startCluster } from "./pg-cluster.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);

const isCI = process.env.CI === "true" || process.env.CI === "1";
const useColor = !isCI && process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, text) => (useColor ? `\u001b[${code}m${text}\u001b[0m` : text);

/** Local binary from node_modules/.bin (no npx: never downloads or prompts). */
function localBin(name) {
  const file = path.join(root, "node_modules", ".bin", name);
  if (!fs.existsSync(file)) {
    throw new Error(`${name} is not installed (missing ${path.relative(root, file)}): run npm install first`);
  }
  return file;
}

/** Base environment for child processes; `overrides` values of undefined delete the variable. */
function childEnv(overrides = {}) {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  if (isCI) env.CI = "true";
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

let currentChild = null;

function runCommand(command, args, env) {
  const display = [path.basename(command), ...args].join(" ");
  process.stdout.write(paint("2", `$ ${display}\n`));
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", "inherit", "inherit"] });
    currentChild = child;
    child.on("error", (error) => {
      currentChild = null;
      reject(new Error(`could not start ${display}: ${error.message}`));
    });
    child.on("exit", (code, signal) => {
      currentChild = null;
      if (code === 0) resolve();
      else reject(new Error(`${display} ${signal ? `was killed by ${signal}` : `exited with code ${code}`}`));
    });
  });
}

// On a termination signal: let the running step stop (a terminal's Ctrl-C already
// reaches it, other signals are forwarded), skip the remaining steps, stop the
// cluster and print the summary. A second signal exits at once.
const SIGNAL_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
let interrupted = null;
let interruptedAt = 0;
for (const signal of Object.keys(SIGNAL_CODES)) {
  process.on(signal, () => {
    // Tools like `timeout` signal both us and our process group: ignore such an echo.
    if (interrupted && Date.now() - interruptedAt < 1_000) return;
    if (interrupted) {
      process.stderr.write(`\n[test-all] second ${signal}: exiting now\n`);
      process.exit(SIGNAL_CODES[signal]);
    }
    interrupted = signal;
    interruptedAt = Date.now();
    process.stderr.write(`\n[test-all] received ${signal}: stopping after the current step\n`);
    const child = currentChild;
    if (child && child.exitCode === null && child.signalCode === null) {
      if (signal !== "SIGINT") child.kill(signal);
      setTimeout(() => child.exitCode === null && child.signalCode === null && child.kill("SIGTERM"), 5_000).unref();
      setTimeout(() => child.exitCode === null && child.signalCode === null && child.kill("SIGKILL"), 30_000).unref();
    }
  });
}

let cluster = null;
const ctx = {
  vitestDbUrl: undefined,
  e2eDbUrl: undefined,
  chromiumPath: undefined,
  authSecret: process.env.AUTH_SECRET || randomBytes(32).toString("base64"),
  e2ePort: process.env.E2E_PORT,
};

const steps = [
  {
    name: "typecheck (tsc --noEmit)",
    run: () => runCommand(localBin("tsc"), ["--noEmit"], childEnv()),
  },
  {
    name: "lint (eslint . --max-warnings=0)",
    run: () => runCommand(localBin("eslint"), [".", "--max-warnings=0"], childEnv()),
  },
  {
    name: "vitest on PGlite (unit + integration)",
    run: () =>
      runCommand(localBin("vitest"), ["run"], childEnv({ TEST_DATABASE: "pglite", DATABASE_URL: undefined })),
  },
  {
    name: "start throwaway PostgreSQL",
    run: async () => {
      cluster = await startCluster({ databases: ["vitest", "e2e"] });
      ctx.vitestDbUrl = cluster.urlFor("vitest");
      ctx.e2eDbUrl = cluster.urlFor("e2e");
      console.log(`PostgreSQL on 127.0.0.1:${cluster.port} (databases: vitest, e2e)`);
    },
  },
  {
    name: "vitest on PostgreSQL (integration)",
    run: () =>
      runCommand(
        localBin("vitest"),
        ["run", "--project", "integration"],
        childEnv({ TEST_DATABASE: "postgres", DATABASE_URL: ctx.vitestDbUrl }),
      ),
  },
  {
    name: "chromium",
    run: async () => {
      ctx.chromiumPath = ensureChromium();
      console.log(`Chromium: ${ctx.chromiumPath}`);
    },
  },
  {
    name: "next build",
    run: () =>
      runCommand(
        localBin("next"),
        ["build"],
        childEnv({ DATABASE_URL: ctx.e2eDbUrl, AUTH_SECRET: ctx.authSecret, NODE_ENV: undefined }),
      ),
  },
  {
    name: "playwright test (e2e)",
    run: async () => {
      if (!ctx.e2ePort) ctx.e2ePort = String(await findFreePort());
      await runCommand(
        localBin("playwright"),
        ["test"],
        childEnv({
          DATABASE_URL: ctx.e2eDbUrl,
          CHROMIUM_PATH: ctx.chromiumPath,
          AUTH_SECRET: ctx.authSecret,
          E2E_PORT: ctx.e2ePort,
          NODE_ENV: undefined,
          PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
        }),
      );
    },
  },
  {
    // Deadline day in its short form: two app instances behind HAProxy on a PostgreSQL of its own,
    // 50 delegations saving and submitting while the database restarts; fails if an acknowledged
    // save is missing or a submission is half-written. The full form is `npm run bench:deadline`.
    name: "deadline day, short form (bench/deadline.ts)",
    run: () =>
      runCommand(
        localBin("tsx"),
        ["bench/deadline.ts", "--delegations", "50", "--faults", "restart-db"],
        childEnv({ DATABASE_URL: undefined, NODE_ENV: undefined }),
      ),
  },
  {
    name: "stop PostgreSQL",
    always: true,
    run: async () => {
      if (cluster) await cluster.stop();
      cluster = null;
    },
  },
];

function formatDuration(ms) {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${minutes}m${String(seconds).padStart(2, "0")}s`;
}

const results = [];
let failed = false;
const startedAt = performance.now();

for (const [index, step] of steps.entries()) {
  if ((failed || interrupted) && !(step.always && cluster)) {
    results.push({ name: step.name, status: "skipped", ms: 0 });
    continue;
  }
  const header = `[${index + 1}/${steps.length}] ${step.name}`;
  console.log(`\n${paint("1;36", `=== ${header} ${"=".repeat(Math.max(3, 72 - header.length))}`)}`);
  const t0 = performance.now();
  try {
    await step.run();
    const ms = performance.now() - t0;
    results.push({ name: step.name, status: "passed", ms });
    console.log(paint("32", `--- ${step.name}: passed in ${formatDuration(ms)}`));
  } catch (error) {
    const ms = performance.now() - t0;
    results.push({ name: step.name, status: "failed", ms });
    console.error(paint("31", `--- ${step.name}: FAILED in ${formatDuration(ms)}`));
    console.error(paint("31", error instanceof Error ? error.message : String(error)));
    failed = true;
  }
}

const passedCount = results.filter((r) => r.status === "passed").length;
const failedCount = results.filter((r) => r.status === "failed").length;
const width = Math.max(...results.map((r) => r.name.length));

console.log(`\n${paint("1", "Summary")}`);
for (const r of results) {
  const label = { passed: paint("32", "PASS"), failed: paint("31", "FAIL"), skipped: paint("33", "SKIP") }[r.status];
  const time = r.status === "skipped" ? "-" : formatDuration(r.ms);
  console.log(`  ${label}  ${r.name.padEnd(width)}  ${time}`);
}
console.log(`  total ${formatDuration(performance.now() - startedAt)}`);
console.log(`${passedCount} passed, ${failedCount} failed`);

process.exitCode = interrupted ? SIGNAL_CODES[interrupted] : failedCount > 0 ? 1 : 0;
