// First-load JavaScript per page, against the plain /accessibility page of the same app
// (DESIGN target: at most 1.3x). Starts the built app on a fresh PGlite, signs in in Chromium,
// and sums the compressed bytes of every script each page loads on a cold visit.
//   npx tsx bench/first-load-js.ts            (run `npm run build` first)
import type { Browser } from "@playwright/test";
import { launchChromium, startDemoServer } from "./demo-server";

const PORT = Number(process.env.BENCH_PORT ?? 3210);
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = "demo-62/17-tracker";
const TARGET_RATIO = 1.3;

const PAGES: { path: string; as?: string }[] = [
  { path: "/accessibility" },
  { path: "/" },
  { path: "/login" },
  { path: "/states/FRA", as: "france@demo.test" },
  { path: "/states/FRA/cycles/65/items/a", as: "france@demo.test" },
  { path: "/states/FRA/cycles/65/items/a/history", as: "france@demo.test" },
  { path: "/secretariat", as: "reviewer1@demo.test" },
  { path: "/secretariat/cycles/65", as: "admin@demo.test" },
  { path: "/secretariat/review/FRA/65/a", as: "reviewer1@demo.test" },
];

/** Compressed bytes of the scripts a cold visit downloads (as the network sends them). */
async function scriptBytes(browser: Browser, pagePath: string, email?: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (email) {
    await page.goto(`${BASE}/login`);
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
  }
  // A fresh context per page would lose the session; clear the cache instead, for a cold load.
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.clearBrowserCache");
  let bytes = 0;
  await cdp.send("Network.enable");
  const scripts = new Set<string>();
  cdp.on("Network.responseReceived", (e) => {
    if (e.type === "Script") scripts.add(e.requestId);
  });
  cdp.on("Network.loadingFinished", (e) => {
    if (scripts.has(e.requestId)) bytes += e.encodedDataLength;
  });
  await page.goto(`${BASE}${pagePath}`, { waitUntil: "networkidle" });
  await context.close();
  return bytes;
}

async function main() {
  const server = await startDemoServer(PORT, "first-load-js");
  const browser = await launchChromium();
  try {
    const rows: [string, number][] = [];
    for (const p of PAGES) rows.push([p.path, await scriptBytes(browser, p.path, p.as)]);
    const base = rows[0]![1];
    console.log(`First-load JavaScript (compressed), against ${PAGES[0]!.path}; target at most ${TARGET_RATIO}x\n`);
    console.log("page".padEnd(42) + "KB".padStart(8) + "ratio".padStart(8) + "  target");
    for (const [p, bytes] of rows) {
      const ratio = bytes / base;
      console.log(p.padEnd(42) + (bytes / 1024).toFixed(1).padStart(8) + ratio.toFixed(2).padStart(8) + `  ${ratio <= TARGET_RATIO ? "PASS" : "WARN"}`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
