import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Playwright cannot download browsers here: use Debian's chromium.
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: chromiumArgs,
};

// Desktop Chrome, without a `channel` (that would look for a branded Chrome install).
const { channel: _channel, ...desktopChrome } = devices["Desktop Chrome"] as (typeof devices)[string] & {
  channel?: string;
};
void _channel;

const serverEnv: Record<string, string> = { PORT: String(port), TRACKER_DEMO_DATA: "1" };
for (const key of ["DATABASE_URL", "AUTH_SECRET"] as const) {
  const value = process.env[key];
  if (value) serverEnv[key] = value;
}

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  // Journeys sign in several people and run axe on every page; on a busy two-core machine 30 s is too tight.
  timeout: 60_000,
  // On CI a failed test is run once more and reported as flaky (the list reporter names it); locally never.
  retries: process.env.CI ? 1 : 0,
  reporter: "list",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions,
  },
  projects: [
    {
      name: "chromium",
      use: { ...desktopChrome, launchOptions },
    },
  ],
  webServer: {
    command: "node scripts/start.mjs --no-build",
    url: `${baseURL}/api/health`,
    env: serverEnv,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
