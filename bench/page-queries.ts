/**
 * `npx tsx bench/page-queries.ts [path…]`: the statements each page sends, one view each, as a
 * delegation (France) and as a reviewer, on a fresh embedded database with the demo data. Serves the
 * production build in bench mode with TRACKER_BENCH_SQL=1 and prints the server's [sql] lines per page.
 * With SAVE_HTML=<dir>, each page's HTML is written there too (for a look at what makes it heavy).
 */
import fs from "node:fs";
import path from "node:path";
import { startDemoServer } from "./demo-server";
import { DELEGATION, REVIEWER } from "./routes/config";
import { signIn } from "./routes/sign-in";

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ["/states/FRA", "/states/FRA/cycles/65/items/a", "/secretariat", "/secretariat/cycles/65"];
const lines: string[] = [];
let partial = "";
const server = await startDemoServer(40000 + Math.floor(Math.random() * 2000), "page-queries", {
  env: { TRACKER_BENCH: "1", TRACKER_BENCH_SQL: "1" },
  // A chunk may end inside a line: keep the unfinished end for the next one.
  onStderr: (text) => {
    const whole = (partial + text).split("\n");
    partial = whole.pop()!;
    lines.push(...whole.filter((l) => l.startsWith("[sql]")));
  },
});
const base = server.base;
try {
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
  server.stop();
}
