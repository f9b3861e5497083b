import { expect, test } from "@playwright/test";
import { ACCOUNTS, checkA11y, signIn, signOut } from "./support";

test("the public home shows the real resolution, its paragraphs and items", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("62/17. Developments in the field of information and telecommunications");
  await expect(page.getByText("Adopted by the General Assembly on 5 December 2007")).toBeVisible();
  await expect(page.locator("#para-4")).toContainText("to be established in 2009 on the basis of equitable geographical distribution");
  await expect(page.locator("#item-c")).toContainText("(c) The content of the concepts mentioned in paragraph 2 above;");
  await expect(page.locator("#para-5")).toContainText("sixty-third session");
  await checkA11y(page);
});

test("a delegation signs in and sees its own State and its four items", async ({ page }) => {
  await signIn(page, ACCOUNTS.france);
  await expect(page).toHaveURL(/\/states\/FRA$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("France: views under resolution 62/17");
  const current = page.getByRole("region", { name: "Reporting cycle for the 65th session (current)" });
  await expect(current).toBeVisible();
  const rows = current.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(5);
  for (const letter of ["a", "b", "c", "d"]) {
    await expect(current.getByRole("rowheader", { name: `(${letter})` })).toBeVisible();
  }
  // Past cycles follow, closed.
  await expect(page.getByRole("region", { name: "Reporting cycle for the 64th session" })).toContainText("This cycle is closed");
  await expect(page.getByRole("heading", { name: "Reporting cycle for the 63rd session" })).toBeVisible();
  await expect(current.getByText("General appreciation of the issues of information security;")).toBeVisible();
  // The demo stands on 1 May 2010; the deadline is 31 May 2010, 23:59 New York time.
  await expect(current.getByText("31 May 2010, 23:59 (New York)")).toBeVisible();
  await expect(current.getByText("30 days left")).toBeVisible();
  await checkA11y(page);
  await signOut(page);
  await page.goto("/states/FRA");
  await expect(page).toHaveURL(/\/login\?next=%2Fstates%2FFRA/);
});

test("a wrong password is refused with the generic message", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(ACCOUNTS.india);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".form-error[role=alert]")).toHaveText("The email address or password is incorrect.");
  // An unknown account gets exactly the same answer.
  await page.getByLabel("Email address").fill("nobody@nowhere.example");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator(".form-error[role=alert]")).toHaveText("The email address or password is incorrect.");
  await expect(page).toHaveURL(/\/login/);
  await checkA11y(page);
});

test("bad input at sign-in gets a clear message next to the field, never a crash", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  await expect(page.getByText("Enter your password.")).toBeVisible();
  await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Email address").fill(`${"a".repeat(10_000)}@x.org`);
  await page.getByLabel("Password").fill("p".repeat(10_000));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("An email address has at most 254 characters.")).toBeVisible();
  await expect(page.getByText("A password has at most 256 characters.")).toBeVisible();
  await checkA11y(page);
});

test("the sign-in endpoint answers malformed requests without crashing", async ({ request }) => {
  const csrf = await (await request.get("/api/auth/csrf")).json();
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, email: "x".repeat(10_000), password: "" },
    maxRedirects: 0,
  });
  expect(response.status()).toBeLessThan(500);
  expect(response.headers()["location"] ?? "").toContain("error=CredentialsSignin");
});

test("a delegation is refused the Secretariat's pages and another State's data", async ({ page }) => {
  await signIn(page, ACCOUNTS.russia);
  const secretariat = await page.goto("/secretariat");
  expect(secretariat?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Access refused" })).toBeVisible();
  await checkA11y(page);

  const other = await page.goto("/states/FRA");
  expect(other?.status()).toBe(403);
  await expect(page.getByText("France")).toHaveCount(0);

  const api = await page.request.get("/api/states/FRA/submissions");
  expect(api.status()).toBe(403);
  expect(await api.json()).toMatchObject({ error: "forbidden" });
  const own = await page.request.get("/api/states/RUS/submissions");
  expect(own.status()).toBe(200);
  expect((await own.json()).items).toHaveLength(4);
});

test("signed-out visitors are sent to sign in, and the API answers 401", async ({ page }) => {
  for (const path of ["/secretariat", "/states/FRA", "/home"]) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`/login\\?next=${encodeURIComponent(path)}`));
  }
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  const api = await page.request.get("/api/states/FRA/submissions");
  expect(api.status()).toBe(401);
});

test("sign-in returns the visitor to where they were going, never off-site", async ({ page }) => {
  await page.goto("/login?next=https://evil.example/");
  await page.getByLabel("Email address").fill(ACCOUNTS.brazil);
  await page.getByLabel("Password").fill("demo-62/17-tracker");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/states\/BRA$/);
});

test("the Secretariat home counts every requested item per status", async ({ page }) => {
  await signIn(page, ACCOUNTS.reviewer1);
  await expect(page).toHaveURL(/\/secretariat$/);
  // The 65th session's cycle, deadline 31 May 2010: 192 Members (South Sudan was admitted in 2011).
  await expect(page.getByRole("table")).toContainText("192 Member States × 4 items = 768");
  const counts = await page.locator("tbody tr td").allTextContents();
  expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(768);
  await checkA11y(page);
});
