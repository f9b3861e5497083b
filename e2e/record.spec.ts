import { expect, test } from "@playwright/test";
import { ACCOUNTS, checkA11y, signIn } from "./support";

// The demo stands on 1 May 2010 (TRACKER_TODAY): membership, names, mandates and documents as of that day.

test("on 1 May 2010 the matrix shows 192 States, under their names of the day, and no South Sudan", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, ACCOUNTS.reviewer1);
  await page.goto("/secretariat/cycles/65");
  await expect(page.getByText(/^192 Member States × 4 items = 768 requested items\./)).toBeVisible();
  const table = page.getByRole("table").filter({ hasText: "Afghanistan" }).first();
  await expect(table).not.toContainText("South Sudan");
  await expect(table).toContainText("Turkey");
  await expect(table).not.toContainText("Türkiye");
  await expect(table).toContainText("The former Yugoslav Republic of Macedonia");
  await expect(table).toContainText("Libyan Arab Jamahiriya");
  // The rows are written in the HTML standard's short form (components/review/matrix-rows.ts): the browser builds
  // 192 rows of seven cells, the four items' cells each a link to its review.
  const shape = await table.locator("tbody").evaluate((tbody: HTMLTableSectionElement) =>
    [...tbody.rows].map((row) => `${row.cells.length} cells, ${row.querySelectorAll("td > a[href^='../review/']").length} links`),
  );
  expect(shape).toHaveLength(192);
  expect(new Set(shape)).toEqual(new Set(["7 cells, 4 links"]));
  await checkA11y(page);
  const csv = await (await page.request.get("/api/secretariat/cycles/65/matrix.csv")).text();
  expect(csv.trim().split(/\r?\n/)).toHaveLength(193);
  expect(csv).not.toContain("South Sudan");
  expect(csv).toContain("Swaziland");
});

test("the 65th cycle's pages cite resolution 64/25, and its report is to be issued", async ({ page }) => {
  await signIn(page, ACCOUNTS.france);
  await page.goto("/states/FRA");
  const cycle65 = page.getByRole("region", { name: /65th session/ });
  await expect(cycle65).toContainText("Cycle mandated by resolution 64/25");
  await expect(cycle65).toContainText("Report of the Secretary-General to the sixty-fifth session, to be issued.");
  await expect(page.locator("main")).not.toContainText("A/65/154");
  await expect(page.getByRole("region", { name: /64th session/ })).toContainText("Cycle mandated by resolution 63/37");
  await checkA11y(page);
  await page.goto("/states/FRA/cycles/65/items/a");
  await expect(page.getByText("Paragraph 3 (a) of resolution 64/25: “General appreciation of the issues of information security;”")).toBeVisible();

  await page.goto("/timeline/planning");
  const plan65 = page.getByRole("region", { name: /65th session/ });
  await expect(plan65.getByRole("heading")).toContainText("A/RES/64/25");
  await expect(plan65).not.toContainText("62/17");
  await expect(plan65).not.toContainText("A/65/154");
  await expect(plan65).toContainText("to be issued");
  await expect(page.getByRole("region", { name: /63rd session/ }).getByRole("heading")).toContainText("A/RES/62/17, A/63/139");
  await checkA11y(page);

  await page.goto("/timeline");
  await expect(page.locator('tr[data-key="deadline-65"]')).toContainText("Cycle mandated by resolution 64/25");
  await expect(page.locator('tr[data-key="report-65"]')).not.toContainText("A/65/154");
});

test("assumed dates and venues never show: the 63rd and 64th reports without their estimated dates, the expert group without guessed venues", async ({ page }) => {
  await page.goto("/timeline/planning");
  const plan63 = page.getByRole("region", { name: /63rd session/ });
  await expect(plan63).toContainText("Report A/63/139, issued.");
  await expect(plan63).not.toContainText("18 July 2008");
  await expect(page.getByRole("region", { name: /64th session/ })).not.toContainText("8 July 2009");

  await page.goto("/expert-group");
  const sessions = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Venue" }) });
  const row = (n: number) => sessions.getByRole("row").filter({ has: page.getByRole("rowheader", { name: String(n), exact: true }) });
  await expect(row(1)).toContainText("November 2009");
  await expect(row(1)).toContainText("New York");
  await expect(row(1)).not.toContainText("16 November");
  await expect(row(3)).not.toContainText("Geneva");
  await expect(row(3)).not.toContainText("June 2010");
  await expect(row(4)).toContainText("July 2010");
  await expect(row(4)).not.toContainText("New York");
  await checkA11y(page);

  await signIn(page, ACCOUNTS.france);
  await page.goto("/states/FRA");
  const cycle63 = page.getByRole("region", { name: /63rd session/ });
  await expect(cycle63).toContainText("Report A/63/139, issued.");
  await expect(cycle63).not.toContainText("18 July 2008");
});

test("the public series page lists the series from 53/70 and A/54/213, and the archive", async ({ page }) => {
  await page.goto("/series");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The series: resolutions, reports and groups of experts");
  const r5370 = page.locator('li[data-symbol="A/RES/53/70"]');
  await expect(r5370).toContainText("4 December 1998");
  await expect(r5370.getByRole("link", { name: "A/RES/53/70" })).toHaveAttribute("href", "https://undocs.org/A/RES/53/70");
  await expect(page.locator('li[data-symbol="A/54/213"]').getByRole("link", { name: "A/54/213" })).toHaveAttribute("href", "https://undocs.org/A/54/213");
  await expect(page.locator('li[data-symbol="A/64/129/Add.1"]')).toContainText("Addendum to A/64/129");
  await expect(page.locator('li[data-symbol="A/RES/64/25"]')).toContainText("2 December 2009");
  await expect(page.locator('li[data-pending="65"]')).toHaveText(/Report of the Secretary-General to the sixty-fifth session, to be issued.*64\/25/);
  // Nothing of the future: not A/65/154, the group's report of July 2010, or 65/41.
  for (const future of ["A/65/154", "A/65/201", "65/41", "A/66/152"]) await expect(page.locator("main")).not.toContainText(future);
  const archive64 = page.locator('[data-archive="64"]');
  await expect(archive64).toContainText("A/64/129");
  await expect(archive64).toContainText("A/64/129/Add.1");
  await expect(archive64).toContainText("requested in resolution 63/37");
  await expect(page.locator('[data-archive="54"]')).toContainText("This report predates the tracker");
  await checkA11y(page);
});

const PUBLIC_PAGES = ["/", "/published", "/timeline", "/timeline/planning", "/expert-group", "/series", "/accessibility", "/login"];

test("no public page shows an internal note, an assumption to check or a repository path", async ({ page }) => {
  for (const path of PUBLIC_PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    const text = await page.locator("body").innerText();
    expect(text, path).not.toMatch(/probably|assumption|left null/i);
    expect(text, path).not.toMatch(/db\/seed|\b[\w/-]+\.tsx?\b/);
  }
  const feed = await (await page.request.get("/api/calendar.ics")).text();
  expect(feed).not.toMatch(/probably|assumption|db\/seed/i);
});

test("the expert group is shown as of 1 May 2010: 192 Members, names of the day, the balance as a measure", async ({ page }) => {
  await page.goto("/expert-group");
  await expect(page.getByText("States are named and counted as they were on 1 May 2010.")).toBeVisible();
  await expect(page.getByText(/beside its share of the 192 Members of the United Nations on 1 May 2010/)).toBeVisible();
  await expect(page.locator("main")).not.toContainText(/over-represented|under-represented/i);
  await expect(page.getByText(/No rule fixes how far a group may be from that proportion/)).toBeVisible();
  await checkA11y(page);
});
