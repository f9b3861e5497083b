import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { ACCOUNTS, checkA11y, DEMO_PASSWORD, makeFocalPoint, signIn, signOut } from "./support";

/**
 * Sign-in and security, the Mission's officers, the second factor and the coverage matrix's assignment
 * in the reader's language: page titles, forms and the server's refusals (translated where they leave
 * the server). The reader here has no saved language: the switcher's cookie decides.
 */

async function readIn(context: BrowserContext, page: Page, locale: "fr" | "ar" | "en") {
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: new URL(page.url()).origin }]);
}

async function shot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

test("the Secretariat's assignment form and the second factor's page speak French; a wrong code is refused in French", async ({ page, context }) => {
  test.setTimeout(120_000);
  await signIn(page, ACCOUNTS.admin);
  await readIn(context, page, "fr");
  await page.goto("/secretariat/cycles/65");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByLabel("Examinateur des États cochés ci-dessous")).toBeVisible();
  await expect(page.getByRole("button", { name: "Attribuer" })).toBeVisible();
  await checkA11y(page);
  await page.goto("/account/security");
  await expect(page).toHaveTitle(/Connexion et sécurité/);
  await expect(page.getByRole("heading", { level: 1, name: "Connexion et sécurité" })).toBeVisible();
  await checkA11y(page);
  await readIn(context, page, "en");
  await page.goto("/home");
  await signOut(page);

  // Password in English, then the second factor's page in French.
  await page.goto("/login");
  await page.getByLabel("Email address").fill(ACCOUNTS.reviewer1);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Code", { exact: true })).toBeVisible();
  await readIn(context, page, "fr");
  await page.reload();
  await expect(page).toHaveTitle(/Second facteur/);
  await expect(page.getByRole("heading", { level: 1, name: "Second facteur" })).toBeVisible();
  await page.locator("#code").fill("000000");
  await page.getByRole("button", { name: "Vérifier" }).click();
  await expect(page.locator("#code-error")).toHaveText(/^Ce code n’est pas correct\./);
  await expect(page.locator("main")).not.toContainText("This code is not right");
  await checkA11y(page);
  await shot(page, "second-factor-fr");
  await readIn(context, page, "ar");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await checkA11y(page);
  await shot(page, "second-factor-ar");
});

test("a focal point reads their Mission's officers in Arabic, right to left, and a taken address is refused in Arabic", async ({ page, context }) => {
  test.setTimeout(150_000);
  await makeFocalPoint(page, ACCOUNTS.france);

  await signIn(page, ACCOUNTS.france);
  await readIn(context, page, "ar");
  await page.goto("/mission/officers");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page).toHaveTitle(/موظفو البعثة/);
  await page.locator("#invite-email").fill(ACCOUNTS.france2);
  await page.locator("#invite-name").fill("ثان");
  await page.getByRole("button", { name: "دعوة" }).click();
  await expect(page.getByText("يوجد حساب بعنوان البريد الإلكتروني هذا.")).toBeVisible();
  await checkA11y(page);
  await shot(page, "officers-ar");
  await page.goto("/account/security");
  await expect(page.getByRole("heading", { level: 1, name: "تسجيل الدخول والأمان" })).toBeVisible();
  await checkA11y(page);
  await shot(page, "account-security-ar");

  await readIn(context, page, "fr");
  await page.goto("/mission/officers");
  await expect(page).toHaveTitle(/Fonctionnaires de la Mission/);
  await shot(page, "officers-fr");
  await page.goto("/account/security");
  await shot(page, "account-security-fr");
});
