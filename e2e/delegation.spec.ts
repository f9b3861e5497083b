import { expect, test } from "@playwright/test";
import { ItemEditorPage } from "./editor";
import { ACCOUNTS, checkA11y, signIn } from "./support";

test("a delegation drafts, submits, submits several at once with a nil reply, amends and compares", async ({ page }) => {
  const editor = new ItemEditorPage(page);
  await signIn(page, ACCOUNTS.france);

  // Draft (a) from the State's home, reload, find it.
  await page.getByRole("link", { name: /Start the reply — item \(a\), 65th session/ }).click();
  await expect(page.getByText("Paragraph 3 (a) of resolution 64/25: “General appreciation of the issues of information security;”")).toBeVisible();
  await editor.type("France considers that **information security** is a shared concern.");
  await editor.waitSaved();
  await checkA11y(page);
  await page.reload();
  await expect(editor.text).toHaveValue("France considers that **information security** is a shared concern.");
  await expect(page.getByText("Draft", { exact: true })).toBeVisible();

  // The preview renders the Markdown.
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.locator("#reply-preview strong")).toHaveText("information security");

  // Submit (a), confirming what is sent.
  await editor.submit("France considers that **information security** is a shared concern.");

  // (b) with text, (c) as a nil reply, then both at once from the State's home.
  await editor.open("FRA", "b");
  await editor.type("National efforts: a national agency for the security of information systems.");
  await editor.waitSaved();
  await editor.open("FRA", "c");
  await page.getByLabel(/Nil reply/).check();
  await editor.waitSaved();
  await page.goto("/states/FRA");
  const bulk = page.getByRole("region", { name: "Submit several items at once" });
  await expect(bulk.getByLabel(/\(b\) National efforts/)).toBeChecked();
  await expect(bulk.getByLabel(/\(c\) Concepts of paragraph 2 — nil reply/)).toBeChecked();
  await bulk.getByRole("button", { name: "Submit the selected items…" }).click();
  const dialog = page.getByRole("dialog", { name: "Submit these 2 items?" });
  await expect(dialog).toContainText("a national agency for the security of information systems");
  await expect(dialog).toContainText("No views on this item at this time.");
  await checkA11y(page);
  await dialog.getByRole("button", { name: "Yes, submit" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Submitted items (b), (c) to the Secretariat." })).toBeVisible();
  const rows = page.getByRole("region", { name: /65th session \(current\)/ }).getByRole("row");
  await expect(rows.filter({ hasText: "(a)" })).toContainText("Submitted");
  await expect(rows.filter({ hasText: "(b)" })).toContainText("Submitted");
  await expect(rows.filter({ hasText: "(c)" })).toContainText("nil reply");
  await checkA11y(page);

  // Amend (a): a new version, back to submitted.
  await editor.open("FRA", "a");
  await expect(page.getByRole("button", { name: "Submit amendment…" })).toBeVisible();
  await editor.type("France considers that **information security** is a common and urgent concern.");
  await editor.waitSaved();
  await expect(page.getByText("You have changes that are not submitted yet.")).toBeVisible();
  await editor.submit("common and urgent");

  // Compare the two versions in the history.
  await page.getByRole("link", { name: /History of this reply/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("History of item (a), 65th session");
  const diff = page.getByTestId("text-diff");
  await expect(diff.locator("ins")).toContainText(["common"]);
  await expect(diff.locator("del")).toContainText(["shared"]);
  await expect(page.getByText(/Submitted by Officer, Permanent Mission of France/).first()).toBeVisible();
  await checkA11y(page);
});

test("a second tab's stale save is refused and both texts are offered", async ({ context }) => {
  const one = await context.newPage();
  await signIn(one, ACCOUNTS.brazil);
  const two = await context.newPage();
  const tab1 = new ItemEditorPage(one);
  const tab2 = new ItemEditorPage(two);
  await tab1.open("BRA", "a");
  await tab2.open("BRA", "a");

  await tab1.type("Text written in the first tab.");
  await tab1.waitSaved();
  await tab2.type("Text written in the second tab.");
  const conflict = two.getByRole("region", { name: "Two versions of this reply" });
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await expect(conflict.getByLabel("Your text (not saved)")).toHaveValue("Text written in the second tab.");
  await expect(conflict.getByLabel(/Saved text by Officer, Permanent Mission of Brazil/)).toHaveValue("Text written in the first tab.");
  await expect(two.locator("[data-save-state]")).toHaveAttribute("data-save-state", "conflict");
  await checkA11y(two);

  // Keeping the second tab's text makes it the newest version; the first stays in the history.
  await conflict.getByRole("button", { name: /Keep my text/ }).click();
  await tab2.waitSaved();
  await one.reload();
  await expect(tab1.text).toHaveValue("Text written in the second tab.");
  await one.goto("/states/BRA/cycles/65/items/a/history");
  await expect(one.getByText("Text written in the first tab.", { exact: true })).toBeAttached();
});

test("another State's delegation cannot read or change a reply, by URL or by calling the action", async ({ browser }) => {
  const zafContext = await browser.newContext();
  const zaf = await zafContext.newPage();
  await signIn(zaf, ACCOUNTS.southAfrica);
  const editor = new ItemEditorPage(zaf);
  await editor.open("ZAF", "d");
  await editor.type("South Africa's confidential draft.");
  await editor.waitSaved();

  const rusContext = await browser.newContext();
  const rus = await rusContext.newPage();
  await signIn(rus, ACCOUNTS.russia);
  for (const path of ["/states/ZAF", "/states/ZAF/cycles/65/items/d", "/states/ZAF/cycles/65/items/d/history"]) {
    const response = await rus.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(rus.getByText("South Africa's confidential draft.")).toHaveCount(0);
    expect(await rus.content()).not.toContain("confidential draft");
  }
  expect((await rus.request.get("/api/states/ZAF/submissions")).status()).toBe(403);

  // Call the save action with South Africa's item from Russia's own editor: the server refuses.
  const rusEditor = new ItemEditorPage(rus);
  await rusEditor.open("RUS", "d");
  await rus.route("**/states/RUS/cycles/65/items/d", async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    await route.continue({ postData: (request.postData() ?? "").replaceAll('"iso3":"RUS"', '"iso3":"ZAF"') });
  });
  await rusEditor.type("Overwritten by another State.");
  await expect(rus.locator("[data-save-state]")).toContainText("Only the State's own delegation can change its replies.", { timeout: 15_000 });

  await zaf.reload();
  await expect(editor.text).toHaveValue("South Africa's confidential draft.");
  await zafContext.close();
  await rusContext.close();
});

test("100,000 characters, an empty submit and a <script> get clear, safe answers", async ({ page }) => {
  const editor = new ItemEditorPage(page);
  await signIn(page, ACCOUNTS.india);
  await editor.open("IND", "b");

  await page.getByRole("button", { name: "Submit to the Secretariat…" }).click();
  await expect(page.getByText("Write your State's views, or tick “nil reply” to say it has no views on this item at this time.")).toBeVisible();
  await expect(page.getByRole("dialog")).toBeHidden();

  await editor.type("x".repeat(100_000));
  await expect(page.getByText(/A reply has at most 30,000 characters/)).toBeVisible();
  await expect(page.getByText("100,000 / 30,000 characters")).toBeVisible();
  await expect(editor.text).toHaveAttribute("aria-invalid", "true");

  let alerted = false;
  page.on("dialog", async (d) => {
    alerted = true;
    await d.dismiss();
  });
  const script = '<script>window.__pwned = true; alert("x")</script><img src=x onerror="window.__pwned=true">';
  await editor.type(script);
  await editor.waitSaved();
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.locator("#reply-preview")).toContainText("<script>window.__pwned = true;");
  await editor.submit("<script>");
  await page.reload();
  await expect(editor.text).toHaveValue(script);
  await page.goto("/states/IND/cycles/65/items/b/history");
  await expect(page.getByText(script).first()).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
  expect(alerted).toBe(false);
  await checkA11y(page);
});
