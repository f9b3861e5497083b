// A built app on a fresh embedded database with the demo data, and Debian's Chromium, for the benches
// that look at pages in a browser (first-load-js.ts, editor-slow-link.ts) or at their queries (page-queries.ts).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";

export interface DemoServer {
  base: string;
  stop(): void;
}

export interface DemoServerOptions {
  /** More environment for the server (bench mode, for instance). */
  env?: Record<string, string>;
  /** Receives what the server writes to stderr; without it, stderr is ignored. */
  onStderr?: (text: string) => void;
}

/** Starts `scripts/start.mjs --no-build` on `port` (PGlite in a temporary folder) and waits for /api/health. */
export async function startDemoServer(port: number, name: string, options: DemoServerOptions = {}): Promise<DemoServer> {
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), `${name}-`));
  const inherited = { ...process.env };
  delete inherited.DATABASE_URL;
  const server = spawn(process.execPath, ["scripts/start.mjs", "--no-build"], {
    env: { ...inherited, PORT: String(port), PGLITE_DATA_DIR: dataDir, AUTH_SECRET: "bench-secret-bench-secret-bench-secret-0123", REMINDER_INTERVAL_MINUTES: "0", TRACKER_DEMO_DATA: "1", ...options.env },
    stdio: ["ignore", "ignore", options.onStderr ? "pipe" : "ignore"],
    detached: true,
  });
  server.stderr?.on("data", (chunk: Buffer) => options.onStderr!(chunk.toString()));
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  process.on("SIGINT", () => {
    stop();
    process.exit(130);
  });
  for (const deadline = Date.now() + 120_000; Date.now() < deadline; ) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return { base, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error("the server did not start");
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
}
