import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { ItemEditorPage } from "./editor";
import { ACCOUNTS, checkA11y, signIn } from "./support";

const FORMULA = '=HYPERLINK("https://evil.example","Click")';
const RECEIVED = "Received (New York time, America/New_York)";

async function as(browser: Browser, email: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

/** Screenshots for the record when SHOTS_DIR is set (they are looked at, not compared). */
async function shot(page: Page, name: string) {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true });
}

test("the Secretariat's day: unassigned work in the queue, assign to me, the reviewer in the matrix, an audit sentence, spreadsheets", async ({ browser }) => {
  test.setTimeout(120_000);
  const bra = await as(browser, ACCOUNTS.brazil);
  const braEditor = new ItemEditorPage(bra.page);
  await braEditor.open("BRA", "b");
  await braEditor.type(`${FORMULA}\n\nBrazil's **national** strategy.`);
  await braEditor.waitSaved();
  await braEditor.submit();
  const ind = await as(browser, ACCOUNTS.india);
  const indEditor = new ItemEditorPage(ind.page);
  await indEditor.open("IND", "c");
  await indEditor.type("India's concepts.");
  await indEditor.waitSaved();
  await indEditor.submit();

  // Unassigned work is in the queue, beside the reviewer's own.
  const rev = await as(browser, ACCOUNTS.reviewer2);
  await rev.page.goto("/secretariat/queue");
  const unassigned = rev.page.getByRole("region", { name: /^Unassigned/ });
  const mine = rev.page.getByRole("region", { name: /^Mine/ });
  // Brazil's replies go to its State's reviewer (Reviewer Two in the demo data); India's have none yet.
  await expect(rev.page.getByRole("row", { name: /Brazil, item \(b\), 65th session/ })).toBeVisible();
  await expect(unassigned.getByRole("row", { name: /India, item \(c\), 65th session/ })).toBeVisible();
  await checkA11y(rev.page);
  await rev.page.getByRole("button", { name: "Assign to me: India, item (c), 65th session" }).click();
  await expect(mine.getByRole("row", { name: /India, item \(c\), 65th session/ })).toBeVisible();
  await expect(unassigned.getByRole("row", { name: /India, item \(c\)/ })).toHaveCount(0);
  await shot(rev.page, "queue");

  // India's reply now has its reviewer, and the matrix says so.
  await rev.page.goto("/secretariat/review/IND/65/c");
  await rev.page.getByRole("button", { name: "Start review" }).click();
  await expect(rev.page.getByText("Under review", { exact: true }).first()).toBeVisible();
  await rev.page.getByRole("button", { name: "Return for revision…" }).click();
  await rev.page.getByLabel(/What should the delegation revise/).fill("Please name the national CERT");
  await rev.page.getByRole("button", { name: "Return to the delegation" }).click();
  await expect(rev.page.getByText("Returned for revision", { exact: true }).first()).toBeVisible();
  await rev.page.goto("/secretariat/cycles/65?q=India");
  await expect(rev.page.getByRole("row", { name: /^India/ })).toContainText("Reviewer Two, UNODA");
  await rev.page.goto("/secretariat/cycles/65");
  await expect(rev.page.getByRole("figure", { name: "Key" })).toContainText("Returned for revision");
  await checkA11y(rev.page);
  await shot(rev.page, "matrix");

  // The audit log tells it in a sentence, with a link to the reply.
  await rev.page.goto("/secretariat/audit");
  await rev.page.getByLabel("State").selectOption("IND");
  await rev.page.getByLabel("Kind of event").selectOption({ label: "Review decisions" });
  await rev.page.getByRole("button", { name: "Filter" }).click();
  const returned = rev.page.getByRole("row").filter({ hasText: "Reviewer Two, UNODA returned India’s reply to item (c), 65th session: “Please name the national CERT”" });
  await expect(returned).toHaveCount(1);
  await checkA11y(rev.page);
  await shot(rev.page, "audit");
  await returned.getByRole("link", { name: "the reply" }).click();
  await expect(rev.page.getByRole("heading", { level: 1 })).toHaveText("India: item (c), 65th session");

  // The CSV, read by a CSV parser: typed dates, words, the formula neutralised.
  const csv = await rev.page.request.get("/api/secretariat/cycles/65/replies.csv");
  expect(csv.status()).toBe(200);
  const rows = parse(await csv.text(), { bom: true, columns: true, cast: true, cast_date: true }) as Record<string, unknown>[];
  const brazil = rows.find((r) => r.State === "Brazil" && r.Item === "(b)")!;
  expect(brazil[RECEIVED]).toBeInstanceOf(Date);
  expect(brazil).toMatchObject({ "Nil reply": "no", Late: "no", "Language of the original": "English" });
  expect(rows.find((r) => r.State === "India" && r.Item === "(c)")).toMatchObject({ Reviewer: "Reviewer Two, UNODA", Status: "Returned for revision" });
  expect(brazil["Reply (plain text)"]).toBe(`'${FORMULA}\nBrazil's national strategy.`);
  expect(String(brazil["Reply (original, Markdown)"]).startsWith("'=")).toBe(true);

  // The workbook, opened by a reader library: a date cell, the formula kept as text.
  const xlsx = await rev.page.request.get("/api/secretariat/cycles/65/replies.xlsx");
  expect(xlsx.status()).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await xlsx.body()) as unknown as ExcelJS.Buffer);
  const sheet = book.worksheets[0]!;
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  let found = false;
  sheet.eachRow((row, n) => {
    if (n === 1 || row.getCell(1).value !== "Brazil" || row.getCell(4).value !== "(b)") return;
    found = true;
    expect(row.getCell(6).value).toBeInstanceOf(Date);
    expect(row.getCell(14).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(14).formula).toBeUndefined();
    expect(String(row.getCell(14).value).startsWith(FORMULA)).toBe(true);
  });
  expect(found).toBe(true);

  // The delegation may not read these exports.
  expect((await bra.page.request.get("/api/secretariat/cycles/65/replies.xlsx")).status()).toBe(403);

  await rev.page.goto("/secretariat/cycles/65/dashboard");
  await expect(rev.page.getByRole("heading", { level: 1 })).toHaveText("The cycle for the 65th session at a glance");
  await expect(rev.page.getByRole("table", { name: /Replies first received per day/ }).getByRole("row")).not.toHaveCount(1);
  await expect(rev.page.getByRole("img", { name: /Chart of the replies received so far, stacked by regional group/ })).toBeVisible();
  // The States of the cycle's deadline (31 May 2010), under their names of that day: 192, no South Sudan,
  // Swaziland and the Czech Republic (States no journey replies for in this cycle).
  await expect(rev.page.getByText("Members of the United Nations on the deadline: 192.")).toBeVisible();
  const notStarted = rev.page.getByRole("heading", { name: /^States not yet started/ }).locator("xpath=following-sibling::p[1]");
  await expect(notStarted.getByRole("link", { name: "Swaziland", exact: true })).toBeVisible();
  await expect(notStarted.getByRole("link", { name: "Czech Republic", exact: true })).toBeVisible();
  await expect(notStarted.getByRole("link", { name: "South Sudan" })).toHaveCount(0);
  await expect(notStarted.getByRole("link", { name: /Eswatini|Czechia/ })).toHaveCount(0);
  // The key names each regional group beside its pattern; the axis names the days in the reader's language.
  for (const group of ["African", "Asia-Pacific", "Eastern European", "Latin American and Caribbean", "Western European and others"]) {
    await expect(rev.page.getByRole("listitem").filter({ hasText: new RegExp(`^\\s*${group}\\s*$`) })).toHaveCount(1);
  }
  await expect(rev.page.locator("svg[role=img] text").filter({ hasText: /^31 May$/ })).toHaveCount(1);
  await checkA11y(rev.page);
  await shot(rev.page, "dashboard");

  await rev.page.goto("/secretariat/outbox");
  await expect(rev.page.getByRole("heading", { name: "Next reminders" })).toBeVisible();
  await checkA11y(rev.page);
  await shot(rev.page, "outbox");
  for (const c of [bra, ind, rev]) await c.context.close();
});
