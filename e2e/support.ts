import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { CLIENT_NAMESPACES } from "../i18n/client-messages";
import { expectNoSeriousA11yViolations } from "./axe";

/** The demo accounts the app creates outside production (db/seed/demo-accounts.ts). */
export const DEMO_PASSWORD = "demo-62/17-tracker";
export const ACCOUNTS = {
  france: "france@demo.test",
  france2: "france2@demo.test",
  russia: "russia@demo.test",
  brazil: "brazil@demo.test",
  southAfrica: "southafrica@demo.test",
  india: "india@demo.test",
  reviewer1: "reviewer1@demo.test",
  reviewer2: "reviewer2@demo.test",
  admin: "admin@demo.test",
} as const;

/** The TOTP secret of the demo Secretariat accounts (db/seed/demo-accounts.ts): they must give a second factor. */
export const DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

/** The code an authenticator app set up with `secret` shows at `at`, as the test computes it. */
export function totpCode(secret: string, at = Date.now()): string {
  return new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: at });
}

/** The last 30-second step used per account in this process: the server accepts each step once. */
const usedSteps = new Map<string, number>();

/**
 * Waits for the authenticator's next 30-second step. The wait is the server's replay rule at work, not
 * the app being slow, so the running test gets that much more time (a journey signing in three times
 * as the same officer would otherwise run out of its 30 s).
 */
async function waitForNextStep(page: Page, ms: number) {
  test.info().setTimeout(test.info().timeout + ms);
  await page.waitForTimeout(ms);
}

/** Gives the second factor: a code of a step not used yet for this account (waiting for the next one if needed). */
export async function giveSecondFactor(page: Page, email: string, secret = DEMO_TOTP_SECRET) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const now = Date.now();
    const current = Math.floor(now / 30_000);
    const used = usedSteps.get(email) ?? -Infinity;
    const step = [current, current + 1].find((s) => s > used);
    if (step === undefined) {
      await waitForNextStep(page, (current + 1) * 30_000 - now + 500);
      continue;
    }
    usedSteps.set(email, step);
    await page.getByLabel("Code", { exact: true }).fill(totpCode(secret, step * 30_000 + 1000));
    await page.getByRole("button", { name: "Verify" }).click();
    const outcome = await Promise.race([
      page.getByRole("button", { name: "Sign out" }).waitFor().then(() => "in" as const),
      page.getByText("This code is not right").waitFor().then(() => "refused" as const),
    ]);
    if (outcome === "in") return;
    // Used by an earlier run against the same database: wait for a fresh step.
    await waitForNextStep(page, (current + 2) * 30_000 - Date.now() + 500);
    usedSteps.set(email, current + 1);
  }
  throw new Error(`No TOTP code was accepted for ${email}`);
}

/** Signs in through the form, as a person would (with the second factor when asked), and waits for the landing page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const next = await Promise.race([
    page.getByRole("button", { name: "Sign out" }).waitFor().then(() => "in" as const),
    page.getByLabel("Code", { exact: true }).waitFor().then(() => "code" as const),
  ]);
  if (next === "code") await giveSecondFactor(page, email);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
}

/** A message key shown instead of its text: a client component outside the provider that has its namespace. */
// Not inside a path or an address ("/api/states/FRA/calendar.ics", "admin@demo.test").
const RAW_MESSAGE_KEY = new RegExp(`(?<![\\w/.@-])(?:${CLIENT_NAMESPACES.join("|")})\\.[a-z][A-Za-z]+\\b(?![\\w/.@?-])`);

/** Every visited page is checked with axe, and for message keys left untranslated. */
/** An administrator makes `email`'s officer their Mission's focal point (if not already), then signs out. */
export async function makeFocalPoint(page: Page, email: string) {
  await signIn(page, ACCOUNTS.admin);
  await page.goto("/admin/users");
  const row = page.locator(`tr[data-email="${email}"]`);
  const name = row.getByRole("button", { name: /Name focal point/ });
  if (await name.isVisible()) await name.click();
  await expect(row.getByRole("button", { name: /Remove as focal point/ })).toBeVisible();
  await signOut(page);
}

export async function checkA11y(page: Page) {
  // Next streams a page's metadata after its body: right after a Server Action re-renders the page, the
  // <title> can still be on its way. Axe checks the page as it settles, with its title.
  await page.waitForFunction(() => document.title.trim() !== "", undefined, { timeout: 10_000 });
  await expectNoSeriousA11yViolations(page);
  expect(await page.locator("body").innerText(), `a message key on ${page.url()}`).not.toMatch(RAW_MESSAGE_KEY);
}
