// The item editor on a slow link: 400 kbit/s, 400 ms latency, empty cache (Chromium, CDP network
// emulation), next to a plain page of the app (/accessibility). Prints the bytes moved (compressed,
// as the network sends them), the requests, when the text field is first painted, and when the
// editor is usable (its scripts have taken over the field). Targets: at most 120 KB, usable by 2.5 s.
// The floor, in the same run: a bare Next.js app of the same version (bench/bare-next.ts) whose one page
// hydrates one text field; every page is also given as a multiple of it.
//   npx next build && npx tsx bench/editor-slow-link.ts        (BENCH_PORT, default 3211; the floor on BENCH_PORT + 1)
import type { Browser } from "@playwright/test";
import { startBareNext } from "./bare-next";
import { launchChromium, startDemoServer } from "./demo-server";

const PORT = Number(process.env.BENCH_PORT ?? 3211);
const PASSWORD = "demo-62/17-tracker";
const TARGET_KB = 120;
const TARGET_USABLE_MS = 2500;

interface Figures {
  bytes: number;
  requests: number;
  scriptBytes: number;
  paintedMs: number;
  usableMs: number;
}

/** One cold, throttled visit. `usable` resolves when the page can be used as intended. */
async function visit(browser: Browser, base: string, pagePath: string, ready: string, usable: string, email?: string): Promise<Figures> {
  // The readiness checks below are evaluated in the page, which the app's CSP (rightly) forbids.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  if (email) {
    await page.goto(`${base}/login`);
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.clearBrowserCache");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });
  let bytes = 0;
  let requests = 0;
  let scriptBytes = 0;
  const scripts = new Set<string>();
  cdp.on("Network.responseReceived", (e) => {
    if (e.type === "Script") scripts.add(e.requestId);
  });
  cdp.on("Network.loadingFinished", (e) => {
    requests += 1;
    bytes += e.encodedDataLength;
    if (scripts.has(e.requestId)) scriptBytes += e.encodedDataLength;
  });
  const start = Date.now();
  await page.goto(`${base}${pagePath}`, { waitUntil: "commit" });
  await page.waitForSelector(ready, { state: "visible", timeout: 60_000 });
  const paintedMs = Date.now() - start;
  await page.waitForFunction(usable, undefined, { timeout: 60_000, polling: 50 });
  const usableMs = Date.now() - start;
  await page.waitForLoadState("networkidle");
  await context.close();
  return { bytes, requests, scriptBytes, paintedMs, usableMs };
}

/** React has taken over an element: its fiber is attached. */
const hydrated = (selector: string) =>
  `(() => { const el = document.querySelector(${JSON.stringify(selector)}); return !!el && Object.keys(el).some((k) => k.startsWith("__reactFiber")); })()`;

async function main() {
  const bare = await startBareNext(PORT + 1);
  const server = await startDemoServer(PORT, "editor-slow-link");
  const browser = await launchChromium();
  try {
    const rows: [string, Figures][] = [
      ["bare Next.js page, one field (floor)", await visit(browser, bare.base, "/", "textarea#body", hydrated("textarea#body"))],
      ["/accessibility (plain page)", await visit(browser, server.base, "/accessibility", "h1", "document.readyState === 'complete'")],
      ["/states/IND/cycles/65/items/a (editor)", await visit(browser, server.base, "/states/IND/cycles/65/items/a", "textarea#body", hydrated("textarea#body"), "india@demo.test")],
    ];
    const floor = rows[0]![1];
    console.log("Cold visit at 400 kbit/s, 400 ms latency, cache disabled\n");
    console.log("page".padEnd(42) + "KB".padStart(8) + "JS KB".padStart(8) + "req".padStart(5) + "painted".padStart(9) + "usable".padStart(8) + "KB/floor".padStart(10) + "usable/floor".padStart(14));
    for (const [name, f] of rows) {
      console.log(
        name.padEnd(42) +
          (f.bytes / 1024).toFixed(1).padStart(8) +
          (f.scriptBytes / 1024).toFixed(1).padStart(8) +
          String(f.requests).padStart(5) +
          `${(f.paintedMs / 1000).toFixed(2)} s`.padStart(9) +
          `${(f.usableMs / 1000).toFixed(2)} s`.padStart(8) +
          `${(f.bytes / floor.bytes).toFixed(2)}×`.padStart(10) +
          `${(f.usableMs / floor.usableMs).toFixed(2)}×`.padStart(14),
      );
    }
    const editor = rows[2]![1];
    console.log(`\neditor: ${(editor.bytes / 1024).toFixed(1)} KB (target ≤ ${TARGET_KB}) ${editor.bytes / 1024 <= TARGET_KB ? "PASS" : "WARN"}; usable at ${(editor.usableMs / 1000).toFixed(2)} s (target ≤ ${TARGET_USABLE_MS / 1000} s) ${editor.usableMs <= TARGET_USABLE_MS ? "PASS" : "WARN"}`);
    console.log(`the framework alone (the floor): ${(floor.bytes / 1024).toFixed(1)} KB, usable at ${(floor.usableMs / 1000).toFixed(2)} s`);
  } finally {
    await browser.close();
    server.stop();
    bare.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
