#!/usr/bin/env node
// `npm start`: build (unless --no-build) and serve the app. Without DATABASE_URL it runs on embedded
// PGlite under .data/ with the demo accounts, which the server prints when it has migrated and seeded.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { serverNodeOptions } from "./server-memory.mjs";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const args = new Set(process.argv.slice(2));
const env = { ...process.env };
const realServer = Boolean(env.DATABASE_URL) && env.TRACKER_DEMO_DATA !== "1";

if (!env.AUTH_SECRET) {
  if (realServer) {
    console.error("AUTH_SECRET is not set: refusing to start. Generate one with `openssl rand -base64 32`.");
    process.exit(1);
  }
  // A demo on this machine: keep one generated secret so sessions survive a restart.
  const file = path.join(root, ".data", "auth-secret");
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}
if (!realServer && !env.TRACKER_TODAY) {
  // The demo stands on 1 May 2010, while replies for the sixty-fifth session are being collected.
  env.TRACKER_TODAY = "2010-05-01";
}

if (!args.has("--no-build")) {
  console.log("Building the app (next build)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, env, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const port = env.PORT ?? "3000";
console.log(`Starting on http://localhost:${port}${env.TRACKER_TODAY && !realServer ? ` (demo date ${env.TRACKER_TODAY})` : ""}`);
// The server's heap is capped (scripts/server-memory.mjs) unless NODE_OPTIONS sets its own cap.
const server = spawn(process.execPath, [nextBin, "start", "-p", port], { cwd: root, env: { ...env, NODE_OPTIONS: serverNodeOptions(env.NODE_OPTIONS) }, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
