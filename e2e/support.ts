import { expect, type Page } from "@playwright/test";
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

/** Signs in through the form, as a person would, and waits for the landing page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** Every visited page is checked with axe. */
export async function checkA11y(page: Page) {
  await expectNoSeriousA11yViolations(page);
}
