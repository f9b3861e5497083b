#!/usr/bin/env node
// Makes sure a Chromium binary is available for Playwright (Playwright's own
// browser downloads are not reachable here: we use Debian's chromium package).
//
//   import { ensureChromium } from "./ensure-chromium.mjs";
//   const executablePath = ensureChromium(); // "/usr/bin/chromium" or $CHROMIUM_PATH
//
// CLI: `node scripts/ensure-chromium.mjs` prints the path (and version).

import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { fileURLToPath } from "node:url";

const DEFAULT_PATH = "/usr/bin/chromium";
const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function hasCommand(command) {
  return spawnSync("sh", ["-c", `command -v ${command}`], { stdio: "ignore" }).status === 0;
}

/**
 * Returns the path of a usable Chromium executable, installing Debian's
 * `chromium` package with apt-get when it is missing and we are root.
 * @returns {string}
 */
export function ensureChromium() {
  const fromEnv = process.env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new Error(`[ensure-chromium] CHROMIUM_PATH=${fromEnv} is not an executable file.`);
  }
  if (isExecutable(DEFAULT_PATH)) return DEFAULT_PATH;

  if (!isRoot || !hasCommand("apt-get")) {
    throw new Error(
      `[ensure-chromium] ${DEFAULT_PATH} is missing. Install it (e.g. \`sudo apt-get install -y chromium\`) ` +
        "or set CHROMIUM_PATH to a Chromium/Chrome executable.",
    );
  }

  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const stdio = ["ignore", "inherit", "inherit"];
  process.stderr.write("[ensure-chromium] installing chromium with apt-get\n");
  const update = spawnSync("apt-get", ["update"], { stdio, env });
  if (update.status !== 0) throw new Error("[ensure-chromium] apt-get update failed");
  const install = spawnSync("apt-get", ["install", "-y", "chromium"], { stdio, env });
  if (install.status !== 0) throw new Error("[ensure-chromium] apt-get install -y chromium failed");

  if (!isExecutable(DEFAULT_PATH)) {
    throw new Error(`[ensure-chromium] chromium was installed but ${DEFAULT_PATH} is still missing`);
  }
  return DEFAULT_PATH;
}

const isMain = (() => {
  if (!process.argv[1]) return false;
  try {
    return fs.realpathSync(process.argv[1]) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();

if (isMain) {
  try {
    const executable = ensureChromium();
    const version = spawnSync(executable, ["--version"], { encoding: "utf8" });
    process.stdout.write(`${executable}\n`);
    if (version.status === 0 && version.stdout) process.stderr.write(`[ensure-chromium] ${version.stdout.trim()}\n`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
