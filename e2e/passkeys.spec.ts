import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, checkA11y, signIn } from "./support";

// A passkey is bound to a host name, and an IP address is none: this spec reaches the server as localhost.
const port = Number(process.env.E2E_PORT ?? 3100);
test.use({ baseURL: `http://localhost:${port}` });

/** Chromium's virtual authenticator (DevTools protocol): a platform authenticator that verifies the user at once. */
async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", transport: "internal", hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
  return { cdp, authenticatorId };
}

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
}

async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto("/login");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("passkey: a delegation officer adds one on the security page, then signs in with password and passkey; another browser without it cannot", async ({ page, browser }) => {
  test.setTimeout(180_000);
  // The passkey scripts run under the same Content-Security-Policy (nonces, no inline script): no violation.
  const cspViolations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) cspViolations.push(m.text());
  });
  // An officer of this test's own (no other spec signs in as it), so the demo accounts stay as they were.
  const email = `passkey-${Date.now()}@mission.example`;
  const password = "a long enough password 62/17";
  await signIn(page, ACCOUNTS.admin);
  await page.goto("/admin/users");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Name and function").fill("Passkey test officer, Permanent Mission of Brazil");
  await page.getByLabel("Role").selectOption("delegation");
  await page.getByLabel(/Member State code/).fill("BRA");
  await page.getByLabel(/Initial password/).fill(password);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.locator(`tr[data-email="${email}"]`)).toBeVisible();
  await signOut(page);

  // Delegations' second factor is optional in the demo: the password alone signs in.
  await signInWithPassword(page, email, password);
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
  const { cdp, authenticatorId } = await addVirtualAuthenticator(page);
  await page.goto("/account/security");
  await expect(page.getByRole("heading", { name: "Passkeys" })).toBeVisible();

  // The name is checked before the browser is asked.
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByText("Give the passkey a name.")).toBeVisible();
  await page.getByLabel("Name of the passkey").fill("Office laptop");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByRole("status").filter({ hasText: 'Passkey "Office laptop" added.' })).toBeVisible();
  // The account's first second factor: ten recovery codes, shown once.
  await expect(page.getByTestId("recovery-codes").locator("li")).toHaveCount(10);
  await expect(page.getByRole("table", { name: "1 passkey" }).getByRole("rowheader", { name: "Office laptop" })).toBeVisible();
  const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  expect(credentials).toHaveLength(1);
  const signCountAfterRegistration = credentials[0]!.signCount;
  // The same authenticator again is refused by the browser (the server listed it as excluded).
  await page.getByLabel("Name of the passkey").fill("Office laptop again");
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await expect(page.getByText("This device already holds a passkey for your account.")).toBeVisible();
  await checkA11y(page);
  await signOut(page);

  // Without the authenticator (another browser context), the passkey cannot be used; the password alone no longer signs in.
  const other = await browser.newContext({ baseURL: `http://localhost:${port}` });
  const otherPage = await other.newPage();
  await signInWithPassword(otherPage, email, password);
  await expect(otherPage.getByRole("heading", { name: "Second factor" })).toBeVisible();
  await otherPage.goto("/home");
  expect(new URL(otherPage.url()).pathname).not.toBe("/home");
  await other.close();

  // Password, then the passkey.
  await signInWithPassword(page, email, password);
  await expect(page.getByRole("heading", { name: "Second factor" })).toBeVisible();
  await checkA11y(page);
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
  const after = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
  expect(after.credentials[0]!.signCount).toBeGreaterThan(signCountAfterRegistration);

  // Its last use is shown; removing it (after a confirmation) empties the list.
  await page.goto("/account/security");
  const row = page.getByRole("row", { name: /Office laptop/ });
  await expect(row).not.toContainText("Not used yet");
  await row.getByRole("button", { name: 'Remove the passkey "Office laptop"' }).click();
  const dialog = page.getByRole("dialog", { name: 'Remove the passkey "Office laptop"?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByRole("table", { name: /passkey/ })).toHaveCount(0);
  await signOut(page);

  // No second factor left: the password alone signs in again.
  await signInWithPassword(page, email, password);
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
  expect(cspViolations).toEqual([]);
});
