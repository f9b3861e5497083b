import { expect, test } from "@playwright/test";
import { ItemEditorPage } from "./editor";
import { ACCOUNTS, checkA11y, signIn } from "./support";

// A minimal valid PDF (one empty page).
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

test("when the connection drops, the draft is kept, retried, and restored after the tab is closed", async ({ context }) => {
  const page = await context.newPage();
  const editor = new ItemEditorPage(page);
  await signIn(page, ACCOUNTS.russia);
  await editor.open("RUS", "b");
  await editor.type("Saved while online.");
  await editor.waitSaved();

  await context.setOffline(true);
  await editor.type("Typed while the connection was down.");
  await expect(editor.saveState).toHaveAttribute("data-save-state", "retrying", { timeout: 15_000 });
  await expect(editor.saveState).toContainText("retrying");

  // Leaving with unsaved changes asks first.
  let warned = false;
  page.on("dialog", async (d) => {
    warned = d.type() === "beforeunload";
    await d.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => warned).toBe(true);
  await page.close();

  // Back online in a new tab: the server has the old text, the browser kept the new one.
  await context.setOffline(false);
  const again = await context.newPage();
  const editor2 = new ItemEditorPage(again);
  await editor2.open("RUS", "b");
  await expect(editor2.text).toHaveValue("Saved while online.");
  await expect(again.getByText(/This browser kept a version of your text/)).toBeVisible();
  await checkA11y(again);
  await again.getByRole("button", { name: "Restore the text kept in this browser" }).click();
  await expect(editor2.text).toHaveValue("Typed while the connection was down.");
  await editor2.waitSaved();
  await again.reload();
  await expect(editor2.text).toHaveValue("Typed while the connection was down.");
});

test("a save that cannot reach the server is retried and succeeds when the connection returns", async ({ context }) => {
  const page = await context.newPage();
  const editor = new ItemEditorPage(page);
  await signIn(page, ACCOUNTS.russia);
  await editor.open("RUS", "c");
  await context.setOffline(true);
  await editor.type("Written on a bad connection.");
  await expect(editor.saveState).toHaveAttribute("data-save-state", "retrying", { timeout: 15_000 });
  await context.setOffline(false);
  await editor.waitSaved();
  await page.reload();
  await expect(editor.text).toHaveValue("Written on a bad connection.");
});

test("the covering letter: a PDF is kept, anything else refused, and only the State and the Secretariat can download it", async ({ browser }) => {
  const rusContext = await browser.newContext();
  const rus = await rusContext.newPage();
  await signIn(rus, ACCOUNTS.russia);
  const editor = new ItemEditorPage(rus);
  await editor.open("RUS", "a");

  await rus.getByLabel(/Attach the signed letter/).setInputFiles({ name: "letter.pdf", mimeType: "application/pdf", buffer: Buffer.from("not really a pdf") });
  await rus.getByRole("button", { name: "Upload letter" }).click();
  await expect(rus.getByText("This file is not a PDF.")).toBeVisible();

  await rus.getByLabel(/Attach the signed letter/).setInputFiles({ name: "Note verbale 2010.pdf", mimeType: "application/pdf", buffer: PDF });
  await rus.getByRole("button", { name: "Upload letter" }).click();
  await expect(rus.getByRole("status").filter({ hasText: "Uploaded Note verbale 2010.pdf." })).toBeVisible();
  const link = rus.getByRole("link", { name: "Note verbale 2010.pdf" });
  await expect(link).toBeVisible();
  await checkA11y(rus);
  const href = (await link.getAttribute("href"))!;
  const own = await rus.request.get(href);
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toBe("application/pdf");
  expect((await own.body()).subarray(0, 5).toString()).toBe("%PDF-");

  const tooLarge = await rus.request.post("/api/states/RUS/cycles/65/items/a/letter", {
    multipart: { file: { name: "big.pdf", mimeType: "application/pdf", buffer: Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]) } },
  });
  expect(tooLarge.status()).toBe(413);

  const braContext = await browser.newContext();
  const bra = await braContext.newPage();
  await signIn(bra, ACCOUNTS.brazil);
  expect((await bra.request.get(href)).status()).toBe(403);
  expect(
    (await bra.request.post("/api/states/RUS/cycles/65/items/a/letter", { multipart: { file: { name: "x.pdf", mimeType: "application/pdf", buffer: PDF } } })).status(),
  ).toBe(403);

  const revContext = await browser.newContext();
  const rev = await revContext.newPage();
  await signIn(rev, ACCOUNTS.reviewer1);
  expect((await rev.request.get(href)).status()).toBe(200);

  const anonymous = await browser.newContext();
  expect((await anonymous.request.get(`${rus.url().split("/states")[0]}${href}`)).status()).toBe(401);
  for (const c of [rusContext, braContext, revContext, anonymous]) await c.close();
});

test("a closed cycle's items are read-only with a clear message, and the server refuses changes", async ({ page }) => {
  await signIn(page, ACCOUNTS.brazil);
  await page.goto("/states/BRA/cycles/64/items/a");
  await expect(page.getByText("This cycle is closed: its report has been issued, so this reply can no longer change.")).toBeVisible();
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await checkA11y(page);
  const upload = await page.request.post("/api/states/BRA/cycles/64/items/a/letter", {
    multipart: { file: { name: "x.pdf", mimeType: "application/pdf", buffer: PDF } },
  });
  expect(upload.status()).toBe(423);
  expect((await upload.json()).message).toContain("closed");
});
