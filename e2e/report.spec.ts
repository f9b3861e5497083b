import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import JSZip from "jszip";
import postgres from "postgres";
import { ItemEditorPage } from "./editor";
import { ACCOUNTS, checkA11y, signIn } from "./support";

/**
 * The Secretariat compiles, previews, exports and issues the 65th session's report; the public then
 * reads and searches it. The specs share one server and database, so this one uses States no other
 * spec touches (Germany, Japan, Mexico, Egypt, Kenya, Oman, China, Turkey), and reopens the 65th
 * cycle when it is done.
 */

const GERMANY_TEXT = "Germany coordinates its national efforts through the Cyber-Abwehrzentrum, opened this year.";
// A word only in unpublished text: Kenya's draft and Mexico's restricted reply.
const DRAFT_WORD = "Draftnarwhals";
const RESTRICTED_WORD = "Restrictedaxolotl";
// When the replies written straight into the database were received (New York, 28 April 2010).
const RECEIVED = new Date("2010-04-28T15:00:00Z");
// Replies in Arabic and Chinese, to find again in the PDF's text (no lam-alef ligature in the Arabic:
// the PDF's text layer gives that ligature's two letters back in reverse order).
const ARABIC_TEXT = "تعزيز التعاون الدولي في ميدان أمن المعلومات";
const CHINESE_TEXT = "中国重视信息安全和国际合作";
// The States of this spec in the Arabic version's order: the article "ال" is not counted (الصين under ص).
const ARABIC_ORDER = ["ألمانيا", "تركيا", "الصين", "عُمان", "مصر", "المكسيك", "اليابان"];

function database() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("This spec writes to the database: run it on PostgreSQL (npm test sets DATABASE_URL).");
  return postgres(url, { max: 1, onnotice: () => {} });
}

async function as(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

test.beforeAll(async () => {
  const sql = database();
  try {
    // Officers of the States this spec uses, with the demo password (copied from a demo account).
    await sql`insert into users (email, name, role, member_state_id, password_hash)
              select lower(ms.iso3) || '@report.e2e.test', 'Officer of ' || ms.name, 'delegation', ms.id,
                     (select password_hash from users where email = ${ACCOUNTS.france})
              from member_states ms where ms.iso3 in ('DEU', 'JPN', 'MEX', 'EGY', 'KEN', 'OMN', 'CHN', 'TUR')
              on conflict (email) do nothing`;
    // Replies already accepted, as the Secretariat's records would hold them: each a submitted revision.
    const replies = [
      { iso3: "JPN", letter: "a", body: "Japan stresses the resilience of critical infrastructure.", language: "en", publication: "public", nil: false },
      { iso3: "MEX", letter: "b", body: `México comparte sus esfuerzos nacionales. ${RESTRICTED_WORD}.`, language: "es", publication: "restricted", nil: false },
      { iso3: "EGY", letter: "a", body: "", language: "ar", publication: "public", nil: true },
      { iso3: "OMN", letter: "a", body: ARABIC_TEXT, language: "ar", publication: "public", nil: false },
      { iso3: "CHN", letter: "a", body: CHINESE_TEXT, language: "zh", publication: "public", nil: false },
      { iso3: "TUR", letter: "a", body: "Turkey supports confidence-building measures.", language: "en", publication: "public", nil: false },
    ];
    for (const r of replies) {
      const [row] = await sql`
        with target as (
          select ms.id as state_id, c.id as cycle_id, i.id as item_id, u.id as author_id
          from member_states ms
          join reporting_cycles c on c.target_session = 65
          join requested_items i on i.resolution_id = c.resolution_id and i.letter = ${r.letter}
          join users u on u.email = lower(ms.iso3) || '@report.e2e.test'
          where ms.iso3 = ${r.iso3}
        ), sub as (
          insert into submissions (member_state_id, cycle_id, item_id, status, version, body, language, is_nil_reply, publication, first_submitted_at, submitted_at)
          select state_id, cycle_id, item_id, 'accepted', 1, ${r.body}, ${r.language}::official_language, ${r.nil}, ${r.publication}::publication_choice, ${RECEIVED}, ${RECEIVED} from target
          on conflict do nothing
          returning id
        )
        select sub.id as submission_id, target.author_id from sub, target`;
      if (!row) continue; // already there (a rerun on the same database)
      const [rev] = await sql`insert into revisions (submission_id, version, kind, body, language, is_nil_reply, author_id, created_at)
                              values (${row.submission_id}, 1, 'submission', ${r.body}, ${r.language}::official_language, ${r.nil}, ${row.author_id}, ${RECEIVED})
                              returning id`;
      await sql`update submissions set submitted_revision_id = ${rev!.id} where id = ${row.submission_id}`;
    }
  } finally {
    await sql.end();
  }
});

test.afterAll(async () => {
  // Issuing closed the 65th cycle; the specs that follow still edit it.
  const sql = database();
  try {
    await sql`update reporting_cycles set closed_at = null, report_issued_on = null where target_session = 65`;
    await sql`update milestones set done_on = null where key = 'report-65'`;
  } finally {
    await sql.end();
  }
});

test("the Secretariat compiles, previews, exports and issues the report; the public finds a published reply, never a draft", async ({ browser }) => {
  test.setTimeout(120_000);

  // Germany replies through the editor; Kenya only drafts.
  const deu = await as(browser, "deu@report.e2e.test");
  const editor = new ItemEditorPage(deu.page);
  await editor.open("DEU", "b");
  await editor.type(GERMANY_TEXT);
  await editor.waitSaved();
  await editor.submit();
  await deu.context.close();
  const ken = await as(browser, "ken@report.e2e.test");
  const kenEditor = new ItemEditorPage(ken.page);
  await kenEditor.open("KEN", "a");
  await kenEditor.type(`Kenya's views are still being prepared: ${DRAFT_WORD}.`);
  await kenEditor.waitSaved();
  await ken.context.close();

  // The reviewer accepts Germany's reply, then opens the report.
  const rev = await as(browser, ACCOUNTS.reviewer2);
  const page = rev.page;
  await page.goto("/secretariat/review/DEU/65/b");
  await page.getByRole("button", { name: "Accept" }).click();
  await expect(page.getByText("Accepted", { exact: true }).first()).toBeVisible();
  await page.goto("/secretariat/cycles/65");
  await page.getByRole("link", { name: /Report of the Secretary-General: compile, export, issue/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Report of the Secretary-General for the 65th session");
  await expect(page.getByRole("heading", { name: "Next document: A/65/154" })).toBeVisible();

  const preview = page.getByRole("article", { name: /Developments in the field of information and telecommunications/ });
  await expect(preview.getByRole("heading", { name: "I. Introduction" })).toBeVisible();
  // The 65th session's report is mandated by resolution 64/25 (not 62/17), in the words of A/65/154.
  await expect(preview).toContainText("In paragraph 3 of its resolution 64/25, the General Assembly invited all Member States");
  await expect(preview).toContainText("Pursuant to that request, on 26 February 2010, a note verbale was sent to Member States");
  await expect(preview.getByRole("region", { name: "I. Introduction" })).not.toContainText("62/17");
  const states = await preview.getByRole("heading", { level: 4 }).allTextContents();
  const mine = states.filter((s) => ["China", "Egypt", "Germany", "Japan", "Mexico", "Oman", "Turkey", "Türkiye"].includes(s));
  // Names as they were on the report's date: Turkey in 2010 (Türkiye only from 1 June 2022).
  expect(mine).toEqual(["China", "Egypt", "Germany", "Japan", "Mexico", "Oman", "Turkey"]);
  const germany = preview.getByRole("region", { name: "Germany" });
  await expect(germany).toContainText("[Original: English]");
  await expect(germany).toContainText("[1 May 2010]");
  // One answer, reproduced as it came: no question heading that the Government did not write.
  await expect(germany.getByRole("heading", { level: 5 })).toHaveCount(0);
  await expect(germany).toContainText(GERMANY_TEXT);
  await expect(preview.getByRole("region", { name: "Egypt" })).toContainText("[Original: Arabic]");
  await expect(preview.getByRole("region", { name: "Egypt" })).toContainText("[28 April 2010]");
  await expect(preview.getByRole("region", { name: "Egypt" })).toContainText("The Government has no views to convey on this question at this time.");
  await expect(preview.getByRole("region", { name: "Mexico" })).toContainText("[Restricted: for the Secretariat and Member States only]");
  expect(await page.content()).not.toContain(DRAFT_WORD);
  await checkA11y(page);

  // Exports: the DOCX downloads from its link and holds the States as Word headings, in order.
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Draft as DOCX (Word)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("A-65-154-draft.docx");
  const zip = await JSZip.loadAsync(await download.createReadStream().then(streamToBuffer));
  const xml = await zip.file("word/document.xml")!.async("string");
  const heading2 = [...xml.matchAll(/<w:pStyle w:val="Heading2"\/>.*?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
  expect(heading2.filter((s) => ["Egypt", "Germany", "Japan", "Mexico"].includes(s!))).toEqual(["Egypt", "Germany", "Japan", "Mexico"]);
  const pdf = await page.request.get("/api/secretariat/cycles/65/report.pdf");
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // The Arabic version: States in Arabic alphabetical order, an Arabic and a Chinese reply typeset and
  // read back from the PDF's text in their order; a page of each rendered to PNG.
  const arDocx = await page.request.get("/api/secretariat/cycles/65/report.docx?lang=ar");
  expect(arDocx.status()).toBe(200);
  const arXml = await (await JSZip.loadAsync(await arDocx.body())).file("word/document.xml")!.async("string");
  const arHeadings = [...arXml.matchAll(/<w:pStyle w:val="Heading2"\/>.*?<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!);
  expect(arHeadings.filter((h) => ARABIC_ORDER.includes(h))).toEqual(ARABIC_ORDER);
  const arPdf = await page.request.get("/api/secretariat/cycles/65/report.pdf?lang=ar");
  expect(arPdf.status()).toBe(200);
  const dir = mkdtempSync(path.join(tmpdir(), "report-e2e-"));
  const file = path.join(dir, "ar.pdf");
  writeFileSync(file, await arPdf.body());
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
  // pdftotext writes right-to-left runs in their logical order between embedding marks: drop the marks.
  const plain = (text: string) => text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "").replace(/\s+/g, " ");
  const pageOf = (words: string) => {
    for (let p = 1; p <= pages; p++) {
      const text = execFileSync("pdftotext", ["-f", String(p), "-l", String(p), "-enc", "UTF-8", file, "-"], { encoding: "utf8" });
      if (plain(text).includes(words)) return p;
    }
    return null;
  };
  const whole = plain(execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }));
  expect(whole).toContain(ARABIC_TEXT);
  expect(whole).toContain(CHINESE_TEXT);
  expect(whole).toContain("تركيا");
  for (const words of [ARABIC_TEXT, CHINESE_TEXT]) {
    const p = pageOf(words);
    expect(p, words).not.toBeNull();
    execFileSync("pdftoppm", ["-r", "60", "-png", "-f", String(p), "-l", String(p), file, path.join(dir, `page-${p}`)]);
  }
  const pngs = readdirSync(dir).filter((f) => f.endsWith(".png"));
  expect(pngs.length).toBeGreaterThan(0);
  await test.info().attach("arabic-version-pages", { body: JSON.stringify(pngs.map((f) => path.join(dir, f))), contentType: "application/json" });
  const json = await (await page.request.get("/api/secretariat/cycles/65/replies.json")).json();
  expect(json.replies.filter((r: { iso3: string }) => r.iso3 === "DEU")).toEqual([expect.objectContaining({ item: "b", status: "accepted", reply: GERMANY_TEXT })]);
  expect(JSON.stringify(json)).not.toContain(DRAFT_WORD);
  const csv = await page.request.get("/api/secretariat/cycles/65/replies.csv");
  expect(await csv.text()).toContain(GERMANY_TEXT);

  // Issue, after the confirmation.
  const replies = Number((await page.getByRole("status").filter({ hasText: /accepted repl/ }).textContent())!.match(/^(\d+) accepted/)![1]);
  await page.getByRole("button", { name: "Issue A/65/154…" }).click();
  const dialog = page.getByRole("dialog", { name: "Issue A/65/154?" });
  await expect(dialog).toContainText("The cycle closes to edits");
  await expect(dialog).toContainText("The reply deadline (31 May 2010, 23:59 (New York)) has not passed");
  await checkA11y(page);
  await dialog.getByRole("button", { name: "Issue A/65/154 now" }).click();
  await expect(page.getByRole("status").filter({ hasText: "was issued" })).toHaveText(`A/65/154 was issued on 1 May 2010 with ${replies} replies.`);
  await expect(page.getByRole("row", { name: /A\/65\/154/ })).toContainText("1 May 2010");
  await expect(page.getByRole("heading", { name: "Next document: A/65/154/Add.1 (addendum)" })).toBeVisible();
  await checkA11y(page);
  await rev.context.close();

  // A signed-out visitor: from the home page to the published views, then a search.
  const visitor = await browser.newContext();
  const pub = await visitor.newPage();
  await pub.goto("/");
  await pub.getByRole("banner").getByRole("link", { name: "Published views" }).click();
  await expect(pub.getByRole("heading", { level: 1 })).toHaveText("Published views");
  await expect(pub.getByText(/A\/65\/154: Issued on 1 May 2010/)).toBeVisible();
  await checkA11y(pub);
  await pub.getByLabel("Words to find").fill("Abwehrzentrum");
  await pub.getByRole("button", { name: "Search" }).click();
  await expect(pub).toHaveURL(/\/published\/search\?q=Abwehrzentrum/);
  await expect(pub.getByRole("status")).toHaveText("1 published reply matches “Abwehrzentrum”.");
  const result = pub.getByRole("main").getByRole("listitem");
  await expect(result).toHaveCount(1);
  await expect(result.getByRole("link")).toHaveText("Germany: (b) National efforts");
  await expect(result.locator("mark").first()).toContainText("Abwehrzentrum");
  await checkA11y(pub);
  // Filters: the same word in another regional group finds nothing.
  await pub.getByLabel("Regional group").selectOption("african");
  await pub.getByRole("button", { name: "Search" }).click();
  await expect(pub.getByRole("status")).toHaveText("No published reply matches “Abwehrzentrum”.");

  // The draft's word, searched in another form ("draftnarwhal" finds "Draftnarwhals" if it were public): not on the page, not in the HTML.
  for (const q of ["draftnarwhal", "restrictedaxolotl"]) {
    await pub.goto(`/published/search?q=${q}`);
    await expect(pub.getByRole("status")).toHaveText(`No published reply matches “${q}”.`);
    const html = await pub.content();
    expect(html).not.toContain(DRAFT_WORD);
    expect(html).not.toContain(RESTRICTED_WORD);
  }

  // Germany's replies across the sessions, side by side.
  await pub.goto("/published/states/DEU");
  const itemB = pub.getByRole("region", { name: /^\(b\) Efforts taken at the national level/ });
  await expect(itemB.getByRole("heading", { level: 3 })).toHaveText(["sixty-third session", "sixty-fourth session", "sixty-fifth session"]);
  await expect(itemB.getByRole("region", { name: "sixty-fifth session" })).toContainText(GERMANY_TEXT);
  await expect(itemB.getByRole("region", { name: "sixty-third session" })).toContainText("No published reply.");
  await checkA11y(pub);
  for (const path of ["/published", "/published/states/KEN", "/published/states/MEX", "/published/items/b", "/published/reports/65/0"]) {
    await pub.goto(path);
    const html = await pub.content();
    expect(html, path).not.toContain(DRAFT_WORD);
    expect(html, path).not.toContain(RESTRICTED_WORD);
  }
  await expect(pub.getByRole("heading", { level: 1 })).toHaveText("A/65/154, public edition");
  await checkA11y(pub);
  const publicPdf = await pub.request.get("/api/published/reports/65/0/report.pdf");
  expect(publicPdf.status()).toBe(200);
  await visitor.close();
});

test("the report's pages and exports are the Secretariat's only", async ({ browser, playwright }) => {
  const del = await as(browser, ACCOUNTS.india);
  expect((await del.page.goto("/secretariat/cycles/65/report"))?.status()).toBe(403);
  for (const path of ["report.docx", "report.pdf", "replies.json"]) {
    expect((await del.page.request.get(`/api/secretariat/cycles/65/${path}`)).status(), path).toBe(403);
  }
  await del.context.close();
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  for (const path of ["report.docx", "report.pdf", "replies.json"]) {
    expect((await anonymous.get(`/api/secretariat/cycles/65/${path}`)).status(), path).toBe(401);
  }
  // Only issued documents are public: a draft's number is not found.
  expect((await anonymous.get("/api/published/reports/65/9/report.pdf")).status()).toBe(404);
  await anonymous.dispose();
});

async function streamToBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
