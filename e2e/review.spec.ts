import { expect, test, type Browser } from "@playwright/test";
import postgres from "postgres";
import { ItemEditorPage } from "./editor";
import { ACCOUNTS, checkA11y, signIn } from "./support";

async function as(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return { context, page };
}

test("a reviewer returns a reply with a comment for the delegation and an internal note; the delegation fixes it; the reviewer accepts", async ({ browser }) => {
  const zaf = await as(browser, ACCOUNTS.southAfrica);
  const editor = new ItemEditorPage(zaf.page);
  await editor.open("ZAF", "a");
  await editor.type("South Africa supports a multilateral approach.");
  await editor.waitSaved();
  await editor.submit();

  const rev = await as(browser, ACCOUNTS.reviewer1);
  await rev.page.goto("/secretariat/cycles/65?q=South+Africa");
  await expect(rev.page.getByText("Showing 1 of 192 States.")).toBeVisible();
  await checkA11y(rev.page);
  // Item (a) is the row's first link; its name is the visible abbreviation, the headers give the context.
  const cellA = rev.page.getByRole("row", { name: /South Africa/ }).getByRole("link").first();
  await expect(cellA).toHaveText("Sub.");
  await cellA.click();
  await expect(rev.page.getByRole("heading", { level: 1 })).toHaveText("South Africa: item (a), 65th session");
  await expect(rev.page.getByRole("region", { name: "The reply as submitted" }).locator("pre")).toHaveText("South Africa supports a multilateral approach.");
  await rev.page.getByRole("button", { name: "Start review" }).click();
  await expect(rev.page.getByText("Under review", { exact: true })).toBeVisible();
  await rev.page.getByRole("button", { name: "Return for revision…" }).click();
  await rev.page.getByRole("button", { name: "Return to the delegation" }).click();
  await expect(rev.page.getByText("Say what the delegation should revise.")).toBeVisible();
  await rev.page.getByLabel(/What should the delegation revise/).fill("Please name the national computer emergency response team.");
  await rev.page.getByRole("button", { name: "Return to the delegation" }).click();
  await expect(rev.page.getByText("Returned for revision", { exact: true }).first()).toBeVisible();
  await rev.page.getByLabel("Comment", { exact: true }).fill("INTERNAL NOTE: compare with the 2009 reply before accepting.");
  await rev.page.getByRole("button", { name: "Add comment" }).click();
  await expect(rev.page.getByText("INTERNAL NOTE: compare with the 2009 reply before accepting.")).toBeVisible();
  await checkA11y(rev.page);

  // The delegation reads the reason, never the internal note, anywhere.
  await zaf.page.goto("/states/ZAF");
  await expect(zaf.page.getByText("Please name the national computer emergency response team.")).toBeVisible();
  expect(await zaf.page.content()).not.toContain("INTERNAL NOTE");
  await editor.open("ZAF", "a");
  await expect(zaf.page.getByText("Please name the national computer emergency response team.")).toBeVisible();
  expect(await zaf.page.content()).not.toContain("INTERNAL NOTE");
  const api = await zaf.page.request.get("/api/states/ZAF/submissions");
  expect(await api.text()).not.toContain("INTERNAL NOTE");
  await editor.type("South Africa supports a multilateral approach. Its national CSIRT is being established.");
  await editor.waitSaved();
  await editor.submit();

  await rev.page.reload();
  await expect(rev.page.getByText("What changed since the previous submission")).toBeVisible();
  await expect(rev.page.getByTestId("text-diff").locator("ins")).toContainText(["Its national CSIRT is being established."]);
  await rev.page.getByRole("button", { name: "Accept" }).click();
  await expect(rev.page.getByText("Accepted", { exact: true }).first()).toBeVisible();

  await zaf.page.goto("/states/ZAF");
  await expect(zaf.page.getByRole("region", { name: /65th session \(current\)/ }).getByRole("row").filter({ hasText: "(a)" })).toContainText("Accepted");
  await zaf.context.close();
  await rev.context.close();
});

test("the matrix's counts equal what the database holds for a seeded cycle", async ({ page }) => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("This test reads the database: run the suite on PostgreSQL (npm test sets DATABASE_URL).");
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    // Seed the 64th session's cycle with replies in several states (as the Secretariat's records would).
    const [cycle] = await sql`select id, resolution_id from reporting_cycles where target_session = 64`;
    const states = await sql`select id from member_states order by name limit 30`;
    const items = await sql`select id from requested_items where resolution_id = ${cycle!.resolution_id} order by letter`;
    const statuses = ["published", "accepted", "submitted", "withdrawn", "returned"];
    let k = 0;
    for (const s of states) {
      for (const i of items.slice(0, 1 + (k % 4))) {
        await sql`insert into submissions (member_state_id, cycle_id, item_id, status, is_late)
                  values (${s.id}, ${cycle!.id}, ${i.id}, ${statuses[k % statuses.length]!}::submission_status, ${k % 7 === 0})
                  on conflict do nothing`;
        k++;
      }
    }
    const counts = await sql`select status::text, count(*)::int as n from submissions where cycle_id = ${cycle!.id} group by status`;
    const [late] = await sql`select count(*)::int as n from submissions where cycle_id = ${cycle!.id} and is_late`;
    const expected: Record<string, number> = Object.fromEntries(counts.map((c) => [c.status, c.n]));
    // The 64th session's cycle (deadline 31 May 2009): 192 Members, before South Sudan.
    const total = 192 * items.length;
    expected.not_started = (expected.not_started ?? 0) + total - counts.reduce((a, c) => a + c.n, 0);

    await signIn(page, ACCOUNTS.reviewer2);
    await page.goto("/secretariat/cycles/64");
    for (const [status, n] of Object.entries(expected)) {
      await expect(page.getByRole("list", { name: "Requested items by status" }).locator(`[data-status="${status}"] > :last-child`), status).toHaveText(String(n));
    }
    await expect(page.getByText(`Late replies: ${late!.n}`)).toBeVisible();
    // The per-status filter shows the States with at least one item in that status.
    const [withPublished] = await sql`select count(distinct member_state_id)::int as n from submissions where cycle_id = ${cycle!.id} and status = 'published'`;
    await page.getByLabel("Status (any item)").selectOption("published");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/status=published/);
    await expect(page.getByText(`Showing ${withPublished!.n} of 192 States.`)).toBeVisible();
    await checkA11y(page);

    const csv = await page.request.get("/api/secretariat/cycles/64/matrix.csv?status=published");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.trim().split("\r\n")).toHaveLength(1 + withPublished!.n);
  } finally {
    await sql.end();
  }
});

test("the reminder job run twice sends each reminder once", async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  // On the demo date (1 May 2010) no reminder is due; add one 31 days before the 31 May deadline.
  await page.goto("/admin/cycles");
  const form = page.getByRole("form", { name: "Cycle for the 65th session" });
  await form.getByLabel(/Reminders, days before the deadline/).fill("abc");
  await form.getByRole("button", { name: "Save cycle" }).click();
  await expect(form.getByText("List days before the deadline, separated by commas, e.g. 14, 3, -1.")).toBeVisible();
  await form.getByLabel(/Reminders, days before the deadline/).fill("31, 14, 3, -1");
  await form.getByRole("button", { name: "Save cycle" }).click();
  await expect(form.getByText("Saved.")).toBeVisible();
  await checkA11y(page);

  await page.goto("/secretariat/outbox");
  await page.getByRole("button", { name: "Run the reminder job now" }).click();
  const status = page.getByRole("status").filter({ hasText: "Queued" });
  await expect(status).toContainText(/Queued [1-9]\d* new reminders?; 0 already queued before/);
  const queued = Number((await status.textContent())!.match(/Queued (\d+)/)![1]);
  await page.getByRole("button", { name: "Run the reminder job now" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Queued 0 new reminders; ${queued} already queued before.` })).toBeVisible();
  await page.reload();
  // One message per delegation officer with open items; Russia's officer among them, once.
  await expect(page.locator('li[data-to="russia@demo.test"]')).toHaveCount(1);
  await expect(page.locator("ul.outbox > li")).toHaveCount(queued);
  await checkA11y(page);
});

test("a disabled user's open session is refused on its next request", async ({ browser }) => {
  const officer = await as(browser, ACCOUNTS.france2);
  await officer.page.goto("/states/FRA");
  await expect(officer.page.getByRole("heading", { level: 1 })).toContainText("France");

  const admin = await as(browser, ACCOUNTS.admin);
  await admin.page.goto("/admin/users");
  await checkA11y(admin.page);
  const row = admin.page.locator('tr[data-email="france2@demo.test"]');
  await row.getByRole("button", { name: /^Disable/ }).click();
  await expect(row).toContainText("Disabled");

  await officer.page.goto("/states/FRA");
  await expect(officer.page).toHaveURL(/\/login/);
  expect((await officer.page.request.get("/api/states/FRA/submissions")).status()).toBe(401);

  await row.getByRole("button", { name: /^Enable/ }).click();
  await expect(row).toContainText("Active");
  await officer.context.close();
  await admin.context.close();
});

test("the Secretariat's pages and exports are refused to delegations, and administration to reviewers", async ({ browser }) => {
  const del = await as(browser, ACCOUNTS.india);
  for (const path of ["/secretariat/cycles/65", "/secretariat/review/IND/65/a", "/secretariat/queue", "/secretariat/audit", "/secretariat/outbox", "/admin/users", "/admin/cycles"]) {
    expect((await del.page.goto(path))?.status(), path).toBe(403);
  }
  expect((await del.page.request.get("/api/secretariat/cycles/65/replies.csv")).status()).toBe(403);
  expect((await del.page.request.get("/api/secretariat/cycles/65/matrix.csv")).status()).toBe(403);
  await del.context.close();

  const rev = await as(browser, ACCOUNTS.reviewer2);
  for (const path of ["/admin/users", "/admin/cycles"]) expect((await rev.page.goto(path))?.status(), path).toBe(403);
  expect((await rev.page.goto("/secretariat/audit"))?.status()).toBe(200);
  await expect(rev.page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await checkA11y(rev.page);
  await rev.page.goto("/secretariat/queue");
  await checkA11y(rev.page);
  await rev.context.close();
});

test("an extension granted on the review page reaches the delegation and the matrix", async ({ browser }) => {
  const rev = await as(browser, ACCOUNTS.reviewer2);
  await rev.page.goto("/secretariat/review/BRA/65/d");
  await rev.page.getByLabel("New deadline (New York time)").fill("2010-05-20T23:59");
  await rev.page.getByLabel("Reason").fill("Before the cycle's deadline");
  await rev.page.getByRole("button", { name: "Grant extension" }).click();
  await expect(rev.page.getByText("An extension must end after the cycle's deadline.")).toBeVisible();
  await rev.page.getByLabel("New deadline (New York time)").fill("2010-06-15T23:59");
  await rev.page.getByLabel("Reason").fill("National elections");
  await rev.page.getByRole("button", { name: "Grant extension" }).click();
  await expect(rev.page.getByRole("status").filter({ hasText: "Extension granted." })).toBeVisible();
  await rev.page.goto("/secretariat/cycles/65?q=Brazil");
  await expect(rev.page.getByRole("rowheader", { name: /Brazil/ })).toContainText("(extended to 15 June 2010)");
  await checkA11y(rev.page);

  const bra = await as(browser, ACCOUNTS.brazil);
  await bra.page.goto("/states/BRA");
  const current = bra.page.getByRole("region", { name: /65th session \(current\)/ });
  await expect(current).toContainText("15 June 2010, 23:59 (New York)");
  await expect(current).toContainText("Reason: National elections");
  await rev.context.close();
  await bra.context.close();
});
