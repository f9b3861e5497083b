import { expect, test, type Page } from "@playwright/test";
import { ItemEditorPage } from "./editor";
import { ACCOUNTS, checkA11y, signIn } from "./support";

/** 400 kbit/s both ways, 400 ms latency, no cache: a Mission's link on a bad day. */
export async function throttle(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1000) / 8,
    uploadThroughput: (400 * 1000) / 8,
  });
  return async () => {
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    await cdp.detach();
  };
}

const hydrated = (page: Page) =>
  page.locator("textarea#body").evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactFiber")));

test("on a slow link, words typed before the editor's scripts have loaded reach the server", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, ACCOUNTS.india);
  const editor = new ItemEditorPage(page);
  const unthrottle = await throttle(page);
  // In the page's own clock: when the field is first painted, and when the first key reaches it.
  await page.addInitScript(() => {
    const w = window as unknown as { __painted?: number; __firstKey?: number };
    const poll = () => {
      if (document.querySelector("textarea#body")) w.__painted = performance.now();
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
    document.addEventListener("keydown", (e) => void (w.__firstKey ??= e.timeStamp), { capture: true });
  });

  await page.goto("/states/IND/cycles/65/items/a", { waitUntil: "commit" });
  const field = page.locator("textarea#body");
  await field.waitFor({ state: "visible", timeout: 30_000 });
  await field.focus();
  await page.keyboard.type("Typed at once, ");
  // The first keystroke came within 300 ms of the field's first paint, before the scripts took over.
  const { painted, firstKey } = await page.evaluate(() => {
    const w = window as unknown as { __painted?: number; __firstKey?: number };
    return { painted: w.__painted ?? 0, firstKey: w.__firstKey ?? Infinity };
  });
  // 300 ms on an idle machine; a shared 2-core CI box adds Playwright's own latency, hence the margin.
  expect(firstKey - painted).toBeLessThan(1000);
  expect(await hydrated(page)).toBe(false);
  await page.keyboard.type("on a slow link.");
  const typed = await field.inputValue();
  expect(typed).toContain("Typed at once, on a slow link.");

  // The editor takes over, picks the typed words up, keeps them in this browser and saves them.
  await expect.poll(() => hydrated(page), { timeout: 30_000 }).toBe(true);
  await expect(page.locator("#body-count")).not.toHaveText(/^0 /);
  await editor.waitSaved();
  await unthrottle();

  await page.reload();
  await expect(editor.text).toHaveValue(typed);
  await checkA11y(page);
});

test("without JavaScript, the editor's form saves the draft on the server", async ({ browser, page }) => {
  await signIn(page, ACCOUNTS.brazil);
  const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState() });
  const plain = await noScript.newPage();
  await plain.goto("/states/BRA/cycles/65/items/b");
  await plain.locator("textarea#body").fill("Saved by the form itself, no script at all.");
  await plain.getByRole("button", { name: "Save draft" }).click();
  await plain.waitForLoadState("load");
  await noScript.close();

  const editor = new ItemEditorPage(page);
  await editor.open("BRA", "b");
  await expect(editor.text).toHaveValue("Saved by the form itself, no script at all.");
});

test("five minutes of autosaves are one draft revision; the badge follows save, submit and amend", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, ACCOUNTS.india);
  const editor = new ItemEditorPage(page);
  await editor.open("IND", "d");
  const badge = page.getByTestId("live-status");
  let text = "";
  for (let i = 1; i <= 12; i += 1) {
    text += `Sentence ${i}. `;
    await editor.type(text);
    await editor.waitSaved();
  }
  await expect(badge).toContainText("Draft");
  await expect(editor.saveState).toContainText(/New York/);

  await editor.submit(`Sentence 12.`);
  await expect(badge).toContainText("Submitted");
  await expect(badge).not.toContainText("Unsubmitted changes");

  await editor.type(`${text}An afterthought.`);
  await editor.waitSaved();
  await expect(badge).toContainText("Submitted");
  await expect(badge).toContainText("Unsubmitted changes since the version submitted on");
  await expect(badge.getByRole("link", { name: "See the changes" })).toBeVisible();

  await editor.submit("An afterthought.");
  await expect(badge).not.toContainText("Unsubmitted changes");

  await page.goto("/states/IND/cycles/65/items/d/history");
  // Twelve autosaves, a submission, one more autosave, an amendment: four rows, not fifteen.
  const rows = page.locator("li[id^=version-]");
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).toContainText("Version 2");
  await checkA11y(page);
});

test("when the session ends while typing, the editor says so, keeps the text and saves it once signed in again", async ({ page, context }) => {
  test.setTimeout(90_000);
  await signIn(page, ACCOUNTS.brazil);
  const editor = new ItemEditorPage(page);
  await editor.open("BRA", "c");
  await editor.type("Before the session ended.");
  await editor.waitSaved();

  await context.clearCookies();
  await editor.type("Before the session ended. And after it.");
  await expect(editor.saveState).toHaveAttribute("data-save-state", "signedOut", { timeout: 15_000 });
  await expect(editor.saveState).toContainText("your session has ended");
  const link = editor.saveState.getByRole("link", { name: /Sign in again/ });
  await expect(link).toHaveAttribute("target", "_blank");
  await checkA11y(page);

  // Signing in again in another tab: the editor saves what it kept.
  const other = await context.newPage();
  await signIn(other, ACCOUNTS.brazil);
  await other.close();
  await page.bringToFront();
  await page.evaluate(() => window.dispatchEvent(new Event("focus")));
  await editor.waitSaved();
  await page.reload();
  await expect(editor.text).toHaveValue("Before the session ended. And after it.");
});

for (const path of ["/states/IND", "/states/IND/cycles/65/items/a", "/states/IND/cycles/65/items/a/history"]) {
  test(`at 360 px, ${path} does not scroll sideways`, async ({ page }) => {
    await signIn(page, ACCOUNTS.india);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(path);
    const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(fits).toBe(true);
  });
}
