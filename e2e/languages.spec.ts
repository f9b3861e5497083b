import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, checkA11y, DEMO_PASSWORD, signIn } from "./support";

/**
 * The six official languages: the interface follows the switcher (saved on a signed-in account, a cookie
 * otherwise), Arabic lays out right to left, and the pages this area owns have no English word left.
 */

/**
 * Common English words that should not appear in a page written in another language. Not "session", "question",
 * "expert" nor "page": French writes them the same ("soixante-cinquième session", "examen de la question").
 */
const ENGLISH_WORDS = [
  "the", "and", "of", "your", "save", "submit", "item", "items", "deadline", "status", "draft", "sign", "reply", "replies",
  "published", "views", "search", "group", "members", "timeline", "milestone", "report", "state", "states",
  "with", "for", "this", "not", "yet", "edit", "back", "home", "resolution", "accessibility",
];

/**
 * What may stay as it is in any language: document symbols, proper names in the data (the resolution's
 * own English text quoted from A/RES/62/17 is data, not interface) and technical names.
 */
const KEPT = ["A/RES/62/17", "PDF", "DOCX", "axe", "WCAG"];

/** English words found in the visible text of the page's interface (header, headings, labels), minus data marked translate="no". */
async function englishWordsOn(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const clone = document.body.cloneNode(true) as HTMLElement;
    // Quoted data keeps its language: replies, the resolution's text and anything marked lang="en" by the page.
    for (const el of Array.from(clone.querySelectorAll('[translate="no"], [lang="en"], script, style, .skip-link'))) el.remove();
    return clone.innerText;
  });
  let rest = text;
  for (const kept of KEPT) rest = rest.split(kept).join(" ");
  // Whole words in any script: "désignés" is not "sign".
  const words = new Set(rest.toLowerCase().match(/\p{L}+/gu) ?? []);
  return ENGLISH_WORDS.filter((w) => words.has(w));
}

async function chooseLanguageByKeyboard(page: Page, endonym: string) {
  // From the top of the page, Tab to the language's button as a keyboard user would, then press Enter.
  await page.locator("body").focus();
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");
    if (focused === endonym) break;
  }
  await expect(page.getByRole("button", { name: endonym })).toBeFocused();
  await page.keyboard.press("Enter");
}

test.describe("the six official languages", () => {
  test("a visitor switches to Arabic by keyboard: the page lays out right to left, tables read from the right", async ({ page }) => {
    await page.goto("/expert-group");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    // Each language is named in itself and marked with its own language.
    for (const [endonym, lang] of [["العربية", "ar"], ["中文", "zh-Hans"], ["English", "en"], ["Français", "fr"], ["Русский", "ru"], ["Español", "es"]] as const) {
      await expect(page.getByRole("button", { name: endonym })).toHaveAttribute("lang", lang);
    }
    await chooseLanguageByKeyboard(page, "العربية");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    await expect(page.getByRole("button", { name: "العربية" })).toHaveAttribute("aria-current", "true");

    // A table's first column is on the right.
    const table = page.locator("main table").first();
    const headers = table.locator("thead th");
    const first = (await headers.first().boundingBox())!;
    const last = (await headers.last().boundingBox())!;
    expect(first.x).toBeGreaterThan(last.x);
    await checkA11y(page);

    // The choice holds on the next page (a cookie), and other pages are right to left too.
    await page.goto("/published");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await checkA11y(page);
    await page.goto("/timeline");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await checkA11y(page);
    await page.screenshot({ path: test.info().outputPath("timeline-ar.png"), fullPage: true });
  });

  test("a French delegation officer works in French: preference saved on the account, pages without English", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email address").fill(ACCOUNTS.france2);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    try {
      await page.getByRole("button", { name: "Français" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "fr");
      await expect(page.getByRole("button", { name: "Se déconnecter" })).toBeVisible();
      await page.waitForLoadState("networkidle");

      // Pages of this area: strict (read by a visitor who chose French with the switcher).
      const visitor = await page.context().browser()!.newContext({ locale: "en-US", baseURL: new URL(page.url()).origin });
      const reader = await visitor.newPage();
      await reader.goto("/accessibility");
      await reader.getByRole("button", { name: "Français" }).click();
      await expect(reader.locator("html")).toHaveAttribute("lang", "fr");
      for (const path of ["/timeline", "/timeline/planning", "/expert-group", "/accessibility"]) {
        await reader.goto(path);
        await expect(reader.locator("html")).toHaveAttribute("lang", "fr");
        expect(await englishWordsOn(reader), `English words on ${path}`).toEqual([]);
        await checkA11y(reader);
      }
      // Dates in French too: the timeline on the demo date, 1 May 2010.
      await reader.goto("/timeline");
      await expect(reader.getByText("État d’avancement du mandat au 1 mai 2010", { exact: false })).toBeVisible();
      // The planning page writes its dates in French: the opening of the sixty-fifth session, 14 September 2010.
      await reader.goto("/timeline/planning");
      await expect(reader.locator("main")).toContainText("14 septembre 2010");
      await expect(reader.locator("main")).not.toContainText("September 2010");
      await reader.screenshot({ path: test.info().outputPath("planning-fr.png"), fullPage: true });
      await visitor.close();
      await page.goto("/expert-group");
      await page.screenshot({ path: test.info().outputPath("expert-group-fr.png"), fullPage: true });

      // The delegation's own pages and the editor, as the signed-in officer reads them: strict too.
      await page.goto("/states/FRA");
      const editorPath = await page.locator('main a[href*="/items/"]').first().getAttribute("href");
      expect(editorPath).toMatch(/^\/states\/FRA\/cycles\/\d+\/items\/[a-z]$/);
      for (const path of ["/home", "/states/FRA", `${editorPath}/history`, "/states/FRA/calendar", editorPath!]) {
        await page.goto(path);
        await expect(page.locator("html")).toHaveAttribute("lang", "fr");
        expect(await englishWordsOn(page), `English words on ${path}`).toEqual([]);
        // Nor a message key shown for want of its catalog (a client component outside its <ClientMessages>).
        expect(await page.locator("body").innerText(), `message keys on ${path}`).not.toMatch(/\b(?:replyForm|reply|itemPage|editor|delegation|validation|status)\.[A-Za-z]+/);
        await checkA11y(page);
      }
      // The editor in French, its reply field following the text's own direction.
      await expect(page.getByLabel(/Vues de votre État sur l’alinéa/)).toHaveAttribute("dir", "auto");
      await page.getByRole("button", { name: "Aperçu" }).click();
      await expect(page.locator("#reply-preview")).toBeVisible();
      expect(await englishWordsOn(page), "English words in the editor's preview").toEqual([]);
      await page.screenshot({ path: test.info().outputPath("editor-fr.png"), fullPage: true });

      // The calendar page offers its feeds in French first, and in the five other languages each named in itself.
      await page.goto("/states/FRA/calendar");
      const publicFeed = page.getByRole("link", { name: /\/api\/calendar\.ics\?lang=fr$/ });
      await expect(publicFeed).toHaveAttribute("href", "/api/calendar.ics?lang=fr");
      for (const [endonym, lang] of [["العربية", "ar"], ["中文", "zh"], ["English", "en"], ["Русский", "ru"], ["Español", "es"]] as const) {
        await expect(page.getByRole("link", { name: endonym, exact: true })).toHaveAttribute("href", `/api/calendar.ics?lang=${lang}`);
      }
      await page.screenshot({ path: test.info().outputPath("calendar-fr.png"), fullPage: true });
      await page.goto("/states/FRA");
      await page.screenshot({ path: test.info().outputPath("home-fr.png"), fullPage: true });
    } finally {
      // Leave the account in English for the other specs.
      await page.getByRole("button", { name: "English" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    }
  });

  test("an officer reading Arabic sees the State, the dates and the calendar's feeds in Arabic", async ({ page }) => {
    await signIn(page, ACCOUNTS.france);
    try {
      await page.getByRole("button", { name: "العربية" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "ar");
      await page.goto("/states/FRA");
      await expect(page.getByRole("heading", { level: 1 })).toContainText("فرنسا");
      await expect(page.getByRole("heading", { level: 1 })).not.toContainText("France");
      await page.screenshot({ path: test.info().outputPath("home-ar.png"), fullPage: true });
      const editorPath = await page.locator('main a[href*="/items/"]').first().getAttribute("href");
      await page.goto(editorPath!);
      // The deadline's sentence names the State in Arabic, not "الموعد النهائي لـFrance".
      await expect(page.locator("main")).toContainText("الموعد النهائي لـفرنسا");
      await checkA11y(page);
      await page.screenshot({ path: test.info().outputPath("editor-ar.png"), fullPage: true });
      await page.goto("/states/FRA/calendar");
      await expect(page.getByRole("link", { name: /\/api\/calendar\.ics\?lang=ar$/ })).toHaveAttribute("href", "/api/calendar.ics?lang=ar");
      await expect(page.getByRole("link", { name: "Français", exact: true })).toHaveAttribute("lang", "fr");
      await checkA11y(page);
      await page.screenshot({ path: test.info().outputPath("calendar-ar.png"), fullPage: true });
      await page.goto("/timeline/planning");
      await expect(page.locator("main")).toContainText("سبتمبر 2010");
      await checkA11y(page);
      await page.screenshot({ path: test.info().outputPath("planning-ar.png"), fullPage: true });
    } finally {
      await page.getByRole("button", { name: "English" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    }
  });

  test("the browser's Accept-Language chooses among the six when nothing else does", async ({ browser }) => {
    const context = await browser.newContext({ locale: "es-AR" });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${process.env.E2E_PORT ?? 3100}/published`);
    await expect(page.locator("html")).toHaveAttribute("lang", "es");
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/Published/);
    await context.close();
  });
});
