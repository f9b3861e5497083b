import { expect, type Page } from "@playwright/test";

/** Page object for the item editor. */
export class ItemEditorPage {
  constructor(readonly page: Page) {}

  async open(iso3: string, letter: string, session = 65) {
    await this.page.goto(`/states/${iso3}/cycles/${session}/items/${letter}`);
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText(`Item (${letter})`);
  }

  get text() {
    return this.page.getByLabel(/Your State's views on item/);
  }

  get saveState() {
    return this.page.locator("[data-save-state]");
  }

  async type(text: string) {
    await this.text.fill(text);
  }

  async waitSaved() {
    await expect(this.saveState).toHaveAttribute("data-save-state", "saved", { timeout: 15_000 });
    await expect(this.saveState).toContainText("All changes saved");
  }

  async submit(expectInDialog?: string) {
    await this.page.getByRole("button", { name: /^Submit (to the Secretariat|amendment)…$/ }).click();
    const dialog = this.page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    // The dialog shows the text rendered, as it will read: no Markdown marks.
    if (expectInDialog) await expect(dialog.getByLabel("The text that will be sent")).toContainText(expectInDialog.replace(/\*\*?/g, ""));
    await dialog.getByRole("button", { name: /^Yes, submit/ }).click();
    await expect(this.page.getByRole("status").filter({ hasText: /submitted to the Secretariat/i })).toBeVisible();
  }
}
