import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, checkA11y, makeFocalPoint, signIn, signOut, totpCode } from "./support";

/** Listens for Content-Security-Policy violations (console and securitypolicyviolation events). */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) violations.push(m.text());
  });
  page.on("pageerror", (e) => {
    if (/Content Security Policy/i.test(e.message)) violations.push(e.message);
  });
  return violations;
}

test("every response carries the CSP with a fresh nonce, frame-ancestors 'none' and a Permissions-Policy; the calendar keeps its own Referrer-Policy", async ({ request }) => {
  const first = await request.get("/");
  const second = await request.get("/");
  const csp = first.headers()["content-security-policy"]!;
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(second.headers()["content-security-policy"]).not.toBe(csp);
  expect(first.headers()["permissions-policy"]).toContain("camera=()");
  expect(first.headers()["referrer-policy"]).toBe("same-origin");
  // Served over plain HTTP here: no HSTS (it is sent over HTTPS only).
  expect(first.headers()["strict-transport-security"]).toBeUndefined();
  const html = await first.text();
  const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
  expect(html).toContain(`nonce="${nonce}"`);
  const feed = await request.get("/api/states/FRA/calendar.ics?token=wrong");
  expect(feed.headers()["referrer-policy"]).not.toBe("same-origin");
});

test("no page raises a CSP violation (public pages, then signed in as the administrator)", async ({ page }) => {
  test.setTimeout(180_000);
  const violations = watchCsp(page);
  for (const url of ["/", "/published", "/timeline", "/timeline/planning", "/expert-group", "/accessibility", "/login"]) {
    await page.goto(url);
    await expect(page.locator("main")).toBeVisible();
  }
  await signIn(page, ACCOUNTS.admin);
  for (const url of ["/home", "/secretariat", "/secretariat/cycles/65", "/secretariat/audit", "/admin/users", "/admin/security", "/account/security", "/states/FRA"]) {
    await page.goto(url);
    await expect(page.locator("main")).toBeVisible();
  }
  await checkA11y(page);
  expect(violations).toEqual([]);
});

test("a copied session cookie is refused after sign-out", async ({ page, browser }) => {
  await signIn(page, ACCOUNTS.france);
  const cookies = await page.context().cookies();
  const api = "/api/states/FRA/submissions";
  expect((await page.request.get(api)).status()).toBe(200);
  await signOut(page);
  const thief = await browser.newContext({ baseURL: page.url().replace(/\/[^/]*$/, "/") });
  await thief.addCookies(cookies);
  const res = await thief.request.get(api);
  expect(res.status()).toBe(401);
  const tab = await thief.newPage();
  await tab.goto("/states/FRA");
  await expect(tab).toHaveURL(/\/login/);
  await thief.close();
});

test("TOTP: a new reviewer must enrol (QR code, first code, recovery codes), then signs in with a code computed here", async ({ page }) => {
  test.setTimeout(180_000);
  const email = `totp-${Date.now()}@un.example`;
  const password = "a long enough password 62/17";
  await signIn(page, ACCOUNTS.admin);
  await page.goto("/admin/users");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Name and function").fill("TOTP test reviewer");
  await page.getByLabel("Role").selectOption("reviewer");
  await page.getByLabel(/Initial password/).fill(password);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.locator(`tr[data-email="${email}"]`)).toBeVisible();
  await signOut(page);

  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Set up a second factor" })).toBeVisible();
  // Not signed in yet: the Secretariat's pages stay shut.
  expect((await page.request.get("/api/secretariat/cycles/65/replies.json")).status()).toBe(401);
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  await expect(page.getByRole("img", { name: "QR code to scan with an authenticator app" }).locator("svg")).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Code", { exact: true }).fill("000000");
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByText("This code is not right")).toBeVisible();
  await page.getByLabel("Code", { exact: true }).fill(totpCode(secret));
  await page.getByRole("button", { name: "Confirm" }).click();
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  await checkA11y(page);
  await page.getByRole("link", { name: "Continue" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await signOut(page);

  // Next sign-in: password, then a code of the next step (the enrolment's step is spent).
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Second factor" })).toBeVisible();
  await checkA11y(page);
  await page.getByLabel("Code", { exact: true }).fill(totpCode(secret, Date.now() + 30_000));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  expect((await page.request.get("/api/secretariat/cycles/65/replies.json")).status()).toBe(200);
});

test("a focal point invites and disables an officer of their own Mission; another Mission's delegation is refused the page", async ({ page }) => {
  test.setTimeout(180_000);
  await makeFocalPoint(page, ACCOUNTS.france);

  await signIn(page, ACCOUNTS.france);
  await page.getByRole("link", { name: "Officers" }).click();
  await expect(page.getByRole("heading", { name: /Officers of the Permanent Mission: France/ })).toBeVisible();
  await expect(page.locator(`tr[data-email="${ACCOUNTS.russia}"]`)).toHaveCount(0);
  const email = `officer-${Date.now()}@diplomatie.example`;
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Name").fill("Attaché");
  await page.getByRole("button", { name: "Invite" }).click();
  const link = (await page.getByTestId("invite-link").textContent())!;
  expect(link).toMatch(/\/reset\/[A-Za-z0-9_-]{30,}$/);
  const officer = page.locator(`tr[data-email="${email}"]`);
  await expect(officer).toBeVisible();
  await officer.getByRole("button", { name: /^Disable/ }).click();
  await expect(officer.getByText("Disabled")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Refused" }).or(page.getByRole("cell", { name: "Signed in" })).first()).toBeVisible();
  await checkA11y(page);
  await signOut(page);

  // India's officer is no focal point: the page answers 403.
  await signIn(page, ACCOUNTS.india);
  const res = await page.goto("/mission/officers");
  expect(res!.status()).toBe(403);
});

test("a Server Action posted from another origin is refused with 403, not 500", async ({ request }) => {
  const res = await request.post("/login", { headers: { "next-action": "0".repeat(40), origin: "https://evil.example", "content-type": "text/plain" }, data: "[]" });
  expect(res.status()).toBe(403);
});

test("Auth.js answers: error page 400, session of a signed-out visitor null", async ({ request }) => {
  expect((await request.get("/api/auth/error?error=Configuration")).status()).toBe(400);
  const session = await request.get("/api/auth/session");
  expect(session.status()).toBe(200);
  expect(await session.json()).toBeNull();
});

/** Every page under app/ (from the file system), with who may open it. A new page.tsx must be added here. */
/** "bench": the benches' floor, a page only in bench mode (TRACKER_BENCH=1), 404 otherwise. */
type PageAccess = "public" | "signed-in" | "secretariat" | "admin" | "own-state" | "focal-point" | "token" | "bench";
const PAGES: Record<string, { url: string; access: PageAccess }> = {
  "": { url: "/", access: "public" },
  accessibility: { url: "/accessibility", access: "public" },
  "bench-floor": { url: "/bench-floor", access: "bench" },
  "[...missing]": { url: "/no-such-page/at-all", access: "public" },
  "account/security": { url: "/account/security", access: "signed-in" },
  "admin/clock": { url: "/admin/clock", access: "admin" },
  "admin/cycles": { url: "/admin/cycles", access: "admin" },
  "admin/expert-group": { url: "/admin/expert-group", access: "admin" },
  "admin/resolutions/new": { url: "/admin/resolutions/new", access: "admin" },
  "admin/security": { url: "/admin/security", access: "admin" },
  "admin/users": { url: "/admin/users", access: "admin" },
  delegation: { url: "/delegation", access: "signed-in" },
  "expert-group": { url: "/expert-group", access: "public" },
  home: { url: "/home", access: "signed-in" },
  login: { url: "/login", access: "public" },
  "login/second-factor": { url: "/login/second-factor", access: "signed-in" },
  "mission/officers": { url: "/mission/officers", access: "focal-point" },
  published: { url: "/published", access: "public" },
  "published/items/[letter]": { url: "/published/items/a", access: "public" },
  "published/reports/[session]/[addendum]": { url: "/published/reports/64/0", access: "public" },
  "published/search": { url: "/published/search", access: "public" },
  "published/states/[iso3]": { url: "/published/states/FRA", access: "public" },
  "reset/[token]": { url: "/reset/not-a-real-token", access: "token" },
  "secretariat/audit": { url: "/secretariat/audit", access: "secretariat" },
  "secretariat/cycles/[session]": { url: "/secretariat/cycles/65", access: "secretariat" },
  "secretariat/cycles/[session]/dashboard": { url: "/secretariat/cycles/65/dashboard", access: "secretariat" },
  "secretariat/cycles/[session]/report": { url: "/secretariat/cycles/65/report", access: "secretariat" },
  "secretariat/outbox": { url: "/secretariat/outbox", access: "secretariat" },
  secretariat: { url: "/secretariat", access: "secretariat" },
  "secretariat/queue": { url: "/secretariat/queue", access: "secretariat" },
  "secretariat/review/[iso3]/[session]/[letter]": { url: "/secretariat/review/FRA/65/a", access: "secretariat" },
  series: { url: "/series", access: "public" },
  "states/[iso3]/calendar": { url: "/states/FRA/calendar", access: "own-state" },
  "states/[iso3]/cycles/[session]/items/[letter]/history": { url: "/states/FRA/cycles/65/items/a/history", access: "own-state" },
  "states/[iso3]/cycles/[session]/items/[letter]": { url: "/states/FRA/cycles/65/items/a", access: "own-state" },
  "states/[iso3]": { url: "/states/FRA", access: "own-state" },
  timeline: { url: "/timeline", access: "public" },
  "timeline/planning": { url: "/timeline/planning", access: "public" },
};

function pageFiles(dir: string, root = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return pageFiles(full, root);
    // A route group's folder, "(site)", is not part of the address.
    return name === "page.tsx" ? [path.relative(root, dir).split(path.sep).filter((segment) => !/^\(.+\)$/.test(segment)).join("/")] : [];
  });
}

test.describe("page sweep", () => {
  test("lists every page under app/", () => {
    expect(pageFiles(path.join(process.cwd(), "app")).sort()).toEqual(Object.keys(PAGES).sort());
  });

  test("a signed-out visitor is sent to sign in from every page that needs an account", async ({ page }) => {
    test.setTimeout(240_000);
    const table: string[] = [];
    for (const [pattern, { url, access }] of Object.entries(PAGES)) {
      const res = await page.goto(url);
      const landed = new URL(page.url()).pathname;
      table.push(`| /${pattern} | signed out | ${access === "public" || access === "token" ? "200/404" : access === "bench" ? "404" : "→ /login"} | ${res!.status()} ${landed} |`);
      // A public page opens without an account (404 where the demo data has nothing at the address).
      if (access === "public") expect([200, 404], url).toContain(res!.status());
      else if (access === "token") expect([200, 404]).toContain(res!.status());
      else if (access === "bench") expect(res!.status(), url).toBe(404);
      else expect(landed, url).toBe("/login");
    }
    console.log(table.join("\n"));
  });

  test("another State's delegation (and a focal point of another Mission) is refused France's pages and the Secretariat's; a reviewer is refused the administrator's", async ({ page }) => {
    test.setTimeout(240_000);
    const table: string[] = [];
    // Russia's officer, named focal point of the Russian Mission by the administrator.
    await makeFocalPoint(page, ACCOUNTS.russia);

    await signIn(page, ACCOUNTS.russia);
    for (const [pattern, { url, access }] of Object.entries(PAGES)) {
      if (access !== "own-state" && access !== "secretariat" && access !== "admin") continue;
      const res = await page.goto(url);
      table.push(`| /${pattern} | focal point of another Mission (Russia) | 403 | ${res!.status()} |`);
      expect(res!.status(), url).toBe(403);
    }
    await signOut(page);

    await signIn(page, ACCOUNTS.reviewer2);
    for (const [pattern, { url, access }] of Object.entries(PAGES)) {
      if (access !== "admin" && access !== "focal-point") continue;
      const res = await page.goto(url);
      table.push(`| /${pattern} | reviewer | 403 | ${res!.status()} |`);
      expect(res!.status(), url).toBe(403);
    }
    console.log(table.join("\n"));
  });
});

