/**
 * `npx tsx bench/page-queries.ts [path…]`: the statements each page sends, one view each, as a
 * delegation (France) and as a reviewer, on a fresh embedded database with the demo data. Serves the
 * production build in bench mode with TRACKER_BENCH_SQL=1 and prints the server's [sql] lines per page.
 * With SAVE_HTML=<dir>, each page's HTML is written there too (for a look at what makes it heavy).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { root, DELEGATION, REVIEWER } from "./routes/config";
import { signIn } from "./routes/sign-in";

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ["/states/FRA", "/states/FRA/cycles/65/items/a", "/secretariat", "/secretariat/cycles/65"];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "page-queries-"));
const port = 40000 + Math.floor(Math.random() * 2000);
const authSecret = randomBytes(32).toString("base64");
process.env.AUTH_SECRET = authSecret;
const lines: string[] = [];
const server = spawn(process.execPath, ["scripts/start.mjs", "--no-build"], {
  cwd: root,
  env: (() => {
    const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), AUTH_SECRET: authSecret, TRACKER_BENCH: "1", TRACKER_BENCH_SQL: "1", PGLITE_DATA_DIR: path.join(dir, "db") };
    delete env.DATABASE_URL;
    return env;
  })(),
  stdio: ["ignore", "pipe", "pipe"],
});
const log = fs.createWriteStream(path.join(dir, "server.log"));
server.stderr.on("data", (d: Buffer) => {
  log.write(d);
  lines.push(...d.toString().split("\n").filter((l) => l.startsWith("[sql]")));
});
server.stdout.pipe(log);
const base = `http://127.0.0.1:${port}`;
try {
  for (let i = 0; ; i += 1) {
    if (i > 240) throw new Error(`server did not start: ${fs.readFileSync(path.join(dir, "server.log"), "utf8").slice(-2000)}`);
    const ok = await fetch(`${base}/api/health/ready`).then((r) => r.ok).catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const cookies = { delegation: await signIn(base, DELEGATION), reviewer: await signIn(base, REVIEWER) };
  for (const p of paths) {
    const cookie = p.startsWith("/secretariat") ? cookies.reviewer : cookies.delegation;
    await fetch(base + p, { headers: { cookie } }).then((r) => r.text());
    lines.length = 0;
    const res = await fetch(base + p, { headers: { cookie } });
    const html = await res.text();
    if (process.env.SAVE_HTML) {
      fs.mkdirSync(process.env.SAVE_HTML, { recursive: true });
      fs.writeFileSync(path.join(process.env.SAVE_HTML, `${p.replace(/[^a-z0-9]+/gi, "_")}.html`), html);
    }
    await new Promise((r) => setTimeout(r, 200));
    console.log(`\n## ${p} (${res.status}): ${lines.length} statements, ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB of HTML`);
    for (const l of lines) console.log(l.slice(6));
  }
} finally {
  server.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 1000));
  fs.rmSync(dir, { recursive: true, force: true });
}
