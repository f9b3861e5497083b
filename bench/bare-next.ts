// The framework's own floor for the benches that look at pages in a browser: a bare Next.js app of the
// same installed version (one root layout, one dynamic page with a form and a text field, no client
// code of ours), built and served from a temporary folder with this project's node_modules.
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { DemoServer } from "./demo-server";

const root = path.resolve(import.meta.dirname, "..");

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bare-next", private: true, type: "module" }),
  "next.config.mjs": "export default {};\n",
  "app/layout.tsx": `export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  // A client component, so that the page hydrates a field as the editor does.
  "app/field.tsx": `"use client";
import { useState } from "react";
export function Field() {
  const [text, setText] = useState("");
  return <textarea id="body" name="body" value={text} onChange={(e) => setText(e.target.value)} />;
}
`,
  "app/page.tsx": `import { Field } from "./field";
export const dynamic = "force-dynamic";
export default function Page() {
  return (<main><h1>Reply</h1><form method="post"><label htmlFor="body">Text</label><Field /><button>Save</button></form></main>);
}
`,
};

/** Builds the bare app (about a minute) and serves it with `next start` on `port`. */
export async function startBareNext(port: number): Promise<DemoServer> {
  const dir = mkdtempSync(path.join(tmpdir(), "bare-next-"));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  // Turbopack resolves only inside the project's root: a hard-linked copy, not a symlink.
  const link = spawnSync("cp", ["-al", path.join(root, "node_modules"), path.join(dir, "node_modules")], { stdio: "ignore" });
  if (link.status !== 0) throw new Error("could not link node_modules for the bare Next.js app");
  const nextBin = path.join(dir, "node_modules", "next", "dist", "bin", "next");
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: dir, stdio: "ignore", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) throw new Error(`the bare Next.js app did not build (in ${dir})`);
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(port)], { cwd: dir, stdio: "ignore", detached: true });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    if (await fetch(base).then((r) => r.ok).catch(() => false)) return { base, stop };
    await new Promise((r) => setTimeout(r, 300));
  }
  stop();
  throw new Error("the bare Next.js app did not start");
}
