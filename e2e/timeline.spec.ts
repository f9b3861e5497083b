import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import ICAL from "ical.js";
import JSZip from "jszip";
import postgres from "postgres";
import { ACCOUNTS, checkA11y, signIn, signOut } from "./support";

/** Sets the app's date on the administrator's clock page ("" clears it: back to TRACKER_TODAY, 2010-05-01). */
async function setClock(page: Page, date: string) {
  await page.goto("/admin/clock");
  if (date === "") {
    await page.getByRole("button", { name: /^Clear/ }).click();
    await expect(page.getByRole("status")).toHaveText("The demo date is cleared.");
  } else {
    await page.getByLabel("New demo date").fill(date);
    await page.getByRole("button", { name: "Set the date" }).click();
    await expect(page.getByRole("status")).toHaveText(`The app now stands on ${date}.`);
  }
}

/** Fills the administrator's form for a later resolution of the series, with one question (a). */
async function fillResolutionForm(
  page: Page,
  r: { symbol: string; adoptedOn: string; session: number; opening: string; noteVerbale: string; deadline: string; reportDue: string; reportSymbol?: string; assumptions: string },
) {
  await page.getByLabel("Symbol", { exact: true }).fill(r.symbol);
  await page.getByLabel("Agenda item", { exact: true }).fill("94");
  await page.getByLabel("Adopted on", { exact: true }).fill(r.adoptedOn);
  await page.getByLabel("Title", { exact: true }).fill("Developments in the field of information and telecommunications in the context of international security");
  await page.getByLabel("Follows the resolution", { exact: true }).selectOption("A/RES/62/17");
  const paragraph = page.getByRole("group", { name: "Operative paragraphs 1" });
  await paragraph.getByLabel("Number", { exact: true }).fill("3");
  await paragraph.getByLabel("Verb", { exact: true }).fill("Invites");
  await paragraph.getByLabel("Text", { exact: true }).fill("all Member States to continue to inform the Secretary-General of their views and assessments on the following questions:");
  const item = page.getByRole("group", { name: "Questions States are invited to answer 1" });
  await item.getByLabel("Paragraph", { exact: true }).fill("3");
  await item.getByLabel("Short title", { exact: true }).fill("General appreciation");
  await item.getByLabel("Text", { exact: true }).fill("General appreciation of the issues of information security;");
  await page.getByLabel("Report to the session (number)", { exact: true }).fill(String(r.session));
  await page.getByLabel("Opening date of that session", { exact: true }).fill(r.opening);
  await page.getByLabel("Note verbale dated", { exact: true }).fill(r.noteVerbale);
  await page.getByLabel("Reply deadline (23:59 New York time)", { exact: true }).fill(r.deadline);
  if (r.reportSymbol) await page.getByLabel("Report symbol (optional)", { exact: true }).fill(r.reportSymbol);
  await page.getByLabel("Planned issue date of the report (optional)", { exact: true }).fill(r.reportDue);
  await page.getByLabel("Which dates are assumptions, and why (optional)", { exact: true }).fill(r.assumptions);
}

/** The row of one milestone on the timeline, by its stable key. */
const row = (page: Page, key: string, resolution = "A/RES/62/17") =>
  page.getByRole("region", { name: new RegExp(resolution.replace("A/RES/", "Resolution ").replaceAll("/", "\\/")) }).locator(`tr[data-key="${key}"]`);

async function expectStates(page: Page, states: Record<string, string>) {
  for (const [key, status] of Object.entries(states)) {
    await expect(row(page, key), key).toHaveAttribute("data-status", status);
  }
}

async function feed(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/calendar");
  const calendar = new ICAL.Component(ICAL.parse(await response.text()));
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

test("the timeline seen on three dates shows the right states, then the clock goes back to 1 May 2010", async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto("/admin/clock");
  await expect(page.getByTestId("app-today")).toHaveText(/^1 May 2010, 1\d:\d\d \(New York\)$/);
  await checkA11y(page);
  try {
    // Before the expert group was established (2009): the 63rd-session cycle is under way.
    await setClock(page, "2008-06-15");
    await page.goto("/timeline");
    await expect(page.getByText("Where the mandate stands on 15 June 2008")).toBeVisible();
    await expectStates(page, {
      adoption: "done",
      "note-verbale-63": "done",
      "deadline-63": "done",
      "report-63": "upcoming",
      "agenda-63": "upcoming",
      "expert-group-established": "upcoming",
      "expert-group-session-1": "upcoming",
      "session-65": "upcoming",
    });
    await expect(row(page, "deadline-63")).toContainText("Passed");
    await expect(row(page, "report-63")).toContainText("Upcoming in 33 days");
    await checkA11y(page);

    // Between the expert group's second (January) and third (June) sessions.
    await setClock(page, "2010-03-01");
    await page.goto("/timeline");
    await expectStates(page, {
      "expert-group-established": "done",
      "expert-group-session-2": "done",
      "expert-group-session-3": "upcoming",
      "note-verbale-65": "done",
      "deadline-65": "upcoming",
      "expert-group-report": "upcoming",
    });
    const next = page.getByRole("region", { name: "What is due next" });
    await expect(next.getByRole("listitem").first()).toContainText("Deadline for replies for the sixty-fifth session");
    await expect(next.getByRole("listitem").first()).toContainText("in 91 days");
    await checkA11y(page);

    // After the sixty-fifth session opened on 14 September 2010: the expert group has reported; the
    // Secretary-General's report has not been issued in the app, so it is overdue.
    await setClock(page, "2010-09-20");
    await page.goto("/timeline");
    await expectStates(page, {
      "deadline-65": "done",
      "expert-group-session-4": "done",
      "expert-group-report": "done",
      "session-65": "done",
      "report-65": "overdue",
      "consideration-65": "upcoming",
    });
    await expect(row(page, "report-65")).toContainText("Overdue 62 days late");
    await expect(page.getByRole("region", { name: "What is due next" })).toContainText("Report of the Secretary-General to the sixty-fifth session issued");
    await checkA11y(page);
  } finally {
    await setClock(page, "");
  }
  await expect(page.getByTestId("app-today")).toHaveText(/^1 May 2010, 1\d:\d\d \(New York\)$/);
  await page.goto("/timeline");
  await expectStates(page, { "deadline-65": "upcoming", "expert-group-session-2": "done", "expert-group-session-3": "upcoming" });
});

test("the demo clock is refused to a reviewer", async ({ page }) => {
  await signIn(page, ACCOUNTS.reviewer1);
  // The Secretariat home shows what is due next.
  await expect(page.getByRole("region", { name: "What is due next" })).toContainText("Deadline for replies for the sixty-fifth session");
  await checkA11y(page);
  const response = await page.goto("/admin/clock");
  expect(response?.status()).toBe(403);
});

test("backward planning warns that the expert group's last session leaves too little time", async ({ page }) => {
  await page.goto("/timeline/planning");
  const p65 = page.getByRole("region", { name: /Report to the 65th session/ });
  await expect(p65.getByRole("row", { name: /Latest issuance of the report/ })).toContainText("3 August 2010");
  await expect(p65.getByRole("row", { name: /Latest reply deadline/ })).toContainText("6 July 2010, 23:59 (New York)");
  await expect(p65.getByRole("row", { name: /^The cycle's reply deadline/ })).toContainText("36 days to spare");
  // The group's last session is known by its month only: no assumed day is shown.
  await expect(p65.getByRole("row", { name: /Last session of the expert group ends/ })).toContainText("July 2010 (days not confirmed)");
  await expect(p65.getByRole("note")).toContainText("If the expert group's last session ends on the days planned");
  await expect(p65).not.toContainText("16 July 2010");
  await expect(page.getByRole("region", { name: /Report to the 63rd session/ })).toContainText("The deadline leaves enough time.");
  await checkA11y(page);
});

test("the expert group page shows the composition and the balance as a measure; an administrator edits it", async ({ page }) => {
  await page.goto("/expert-group");
  await expect(page.getByText("Chair: Andrey V. Krutskikh (Russian Federation)")).toBeVisible();
  await expect(page.getByRole("table", { name: /member States of the group/ }).getByRole("row")).toHaveCount(16);
  const balance = page.getByRole("table", { name: "Geographical balance of the group's composition" });
  // A measure, not a verdict: no group is called over- or under-represented on the public page.
  await expect(balance).not.toContainText(/represented|Within one seat/i);
  await expect(balance.locator('tr[data-group="african"]')).toContainText(/[−+±]\d\.\d/);
  await expect(page.getByText(/The difference is a measure, not a finding/)).toBeVisible();
  await expect(balance.locator('tr[data-group="western_european_others"]')).toContainText("6");
  await expect(page.getByText("United States of America is in no regional group; it is counted in the Western European and Others Group.")).toBeVisible();
  // Names as they stood on 1 May 2010.
  await expect(page.getByText(/Turkey is listed in two groups/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Sessions of the group" }).getByRole("row")).toHaveCount(5);
  await expect(page.getByText("The report is not issued yet.")).toBeVisible();
  await checkA11y(page);

  await signIn(page, ACCOUNTS.admin);
  await page.goto("/admin/expert-group");
  await checkA11y(page);
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Remove: Italy" }).click();
  const result = page.getByRole("status").filter({ hasText: "Saved." });
  await expect(result).toContainText("Western European and Others Group: over-represented by 2.7 seats");
  await page.getByLabel("Member State", { exact: true }).selectOption({ label: "Nigeria" });
  await page.getByLabel("Expert's name (optional)").fill("Expert of Nigeria");
  await page.getByRole("button", { name: "Add to the group" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toContainText("African Group: under-represented by 2.1 seats");
  await expect(page.locator('tr[data-iso3="NGA"]')).toBeVisible();
  await checkA11y(page);

  // Back to the composition of the report (A/65/201).
  page.once("dialog", (d) => d.accept());
  await page.getByRole("button", { name: "Remove: Nigeria" }).click();
  await expect(page.locator('tr[data-iso3="NGA"]')).toHaveCount(0);
  await page.getByLabel("Member State", { exact: true }).selectOption({ label: "Italy" });
  await page.getByRole("button", { name: "Add to the group" }).click();
  await expect(page.locator('tr[data-iso3="ITA"]')).toBeVisible();
});

test("the public .ics feed parses and holds the milestones and the deadlines", async ({ request }) => {
  const events = await feed(request, "/api/calendar.ics");
  // 20 milestones and deadlines, each cycle's under the resolution that mandates it.
  const under = (symbol: string) => events.filter((e) => e.description.startsWith(symbol));
  const [of62, of63, of64] = [under("A/RES/62/17"), under("A/RES/63/37"), under("A/RES/64/25")];
  expect(of62.length + of63.length + of64.length).toBe(20);
  expect(of64.find((e) => e.summary === "Deadline for replies for the sixty-fifth session")).toBeDefined();
  expect(of63.find((e) => e.summary === "Deadline for replies for the sixty-fourth session")).toBeDefined();
  // On 1 May 2010 the sixty-fifth session's report does not exist yet: no symbol.
  expect(events.some((e) => e.description.includes("A/65/154"))).toBe(false);
  const bySummary = (s: string) => events.find((e) => e.summary === s);
  const adoption = bySummary("Resolution 62/17 adopted by the General Assembly (61st plenary meeting)")!;
  expect(adoption.startDate.toString()).toBe("2007-12-05");
  const deadline = bySummary("Deadline for replies for the sixty-fifth session")!;
  expect(deadline.startDate.toJSDate().toISOString()).toBe("2010-06-01T03:59:00.000Z");
  const session = bySummary("Expert group, first session (New York)")!;
  expect([session.startDate.toString(), session.endDate.toString()]).toEqual(["2009-11-16", "2009-11-21"]);
  expect(bySummary("Opening of the sixty-fifth session, to which the expert group's study is reported")!.startDate.toString()).toBe("2010-09-14");
  expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
});

test("a delegation subscribes with a secret link; a wrong or replaced link is refused", async ({ page, request }) => {
  await signIn(page, ACCOUNTS.france);
  const next = page.getByRole("region", { name: "What is due next" });
  await expect(next).toContainText("Deadline for replies for the sixty-fifth session");
  await next.getByRole("link", { name: "Subscribe to your State's calendar" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Calendar subscription for France");
  await checkA11y(page);

  await page.getByRole("button", { name: "Make a subscription link" }).click();
  const linkField = page.getByLabel("Your new subscription link");
  await expect(linkField).toHaveValue(/\/api\/states\/FRA\/calendar\.ics\?token=[A-Za-z0-9_-]{43}&lang=en$/);
  const first = new URL(await linkField.inputValue());
  const events = await feed(request, first.pathname + first.search);
  expect(events.some((e) => /[Dd]eadline .*replies for the sixty-fifth session/.test(e.summary))).toBe(true);
  await checkA11y(page);

  await page.getByRole("button", { name: "Replace the link…" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("The current link stops working at once");
  await dialog.getByRole("button", { name: "Yes, replace it" }).click();
  await expect(linkField).not.toHaveValue(first.toString());
  const second = new URL(await linkField.inputValue());

  expect((await request.get(first.pathname + first.search)).status()).toBe(403);
  await feed(request, second.pathname + second.search);
  expect((await request.get(`/api/states/FRA/calendar.ics?token=${"A".repeat(43)}`)).status()).toBe(403);
  expect((await request.get("/api/states/FRA/calendar.ics")).status()).toBe(401);
  // France's token does not open another State's calendar.
  expect((await request.get(`/api/states/RUS/calendar.ics${second.search}`)).status()).toBe(403);
  // Another delegation cannot even see France's calendar page.
  await page.goto("/states/FRA");
  await signOut(page);
  await signIn(page, ACCOUNTS.russia);
  expect((await page.goto("/states/FRA/calendar"))?.status()).toBe(403);
});

test("an administrator adds resolution 65/41 as data and the timeline follows", async ({ page }) => {
  await signIn(page, ACCOUNTS.admin);
  await page.goto("/admin/resolutions/new");
  await checkA11y(page);
  // Nothing is sent while the form is incomplete.
  await page.getByRole("button", { name: "Add the resolution" }).click();
  await expect(page.getByText("Write the symbol as A/RES/65/41.")).toBeVisible();
  await expect(page.getByLabel("Symbol", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await checkA11y(page);

  await fillResolutionForm(page, {
    symbol: "A/RES/65/41",
    adoptedOn: "2010-12-08",
    session: 66,
    opening: "2011-09-13",
    noteVerbale: "2011-02-15",
    deadline: "2011-05-31",
    reportDue: "2011-07-15",
    assumptions: "Note verbale, deadline and report date are assumptions (test data).",
  });
  await page.getByRole("button", { name: "Add the resolution" }).click();
  await expect(page.getByRole("status")).toContainText("A/RES/65/41 is added.");

  await page.goto("/timeline");
  const r6541 = page.getByRole("region", { name: /Resolution 65\/41/ });
  await expect(r6541).toBeVisible();
  await expect(row(page, "deadline-66", "A/RES/65/41")).toContainText("31 May 2011, 23:59 (New York)");
  await expect(row(page, "deadline-66", "A/RES/65/41")).toHaveAttribute("data-status", "upcoming");
  await expect(row(page, "session-66", "A/RES/65/41")).toContainText("13 September 2011");
  await checkA11y(page);
  await page.goto("/timeline/planning");
  await expect(page.getByRole("region", { name: /Report to the 66th session/ })).toContainText("5 July 2011, 23:59 (New York)");
  // The Secretariat's coverage matrix follows: the new cycle with its one question.
  await page.goto("/secretariat/cycles/66");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Coverage matrix: replies for the 66th session");
  // Deadline 31 May 2011: 192 Members (South Sudan from 14 July 2011).
  await expect(page.getByText("192 Member States × 1 items = 192 requested items.")).toBeVisible();
});

test("a report issued after June 2022 names Türkiye and Czechia, in English and in French", async ({ browser }) => {
  // Runs last: it adds a cycle of 2023 and issues its report, which no earlier journey expects.
  test.setTimeout(180_000);
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("This test writes to the database: run the suite on PostgreSQL (npm test sets DATABASE_URL).");
  const admin = await browser.newContext();
  const page = await admin.newPage();
  await signIn(page, ACCOUNTS.admin);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    // The seventy-seventh session (2022–2023), which adopted the resolution of this test's cycle.
    await sql`insert into ga_sessions (number, opening_date) values (77, '2022-09-13') on conflict do nothing`;
    await page.goto("/admin/resolutions/new");
    await fillResolutionForm(page, {
      symbol: "A/RES/77/36",
      adoptedOn: "2022-12-07",
      session: 78,
      opening: "2023-09-05",
      noteVerbale: "2023-02-15",
      deadline: "2023-05-31",
      reportDue: "2023-07-14",
      reportSymbol: "A/78/76",
      assumptions: "Test data: a later cycle, to check the names of 2023.",
    });
    await page.getByRole("button", { name: "Add the resolution" }).click();
    await expect(page.getByRole("status")).toContainText("A/RES/77/36 is added.");

    // Türkiye and Czechia replied in May 2023, as the Secretariat's records would hold it.
    for (const [iso3, body] of [["TUR", "Türkiye's views on information security."], ["CZE", "Czechia's views on information security."]] as const) {
      await sql`insert into users (email, name, role, member_state_id, password_hash)
                select lower(ms.iso3) || '@later.e2e.test', 'Officer of ' || ms.name, 'delegation', ms.id,
                       (select password_hash from users where email = ${ACCOUNTS.france})
                from member_states ms where ms.iso3 = ${iso3} on conflict (email) do nothing`;
      const received = new Date("2023-05-10T14:00:00Z");
      const [row] = await sql`
        with target as (
          select ms.id as state_id, c.id as cycle_id, i.id as item_id, u.id as author_id
          from member_states ms
          join reporting_cycles c on c.target_session = 78
          join requested_items i on i.resolution_id = c.resolution_id and i.letter = 'a'
          join users u on u.email = lower(ms.iso3) || '@later.e2e.test'
          where ms.iso3 = ${iso3}
        ), sub as (
          insert into submissions (member_state_id, cycle_id, item_id, status, version, body, language, is_nil_reply, publication, first_submitted_at, submitted_at)
          select state_id, cycle_id, item_id, 'accepted', 1, ${body}, 'en', false, 'public', ${received}, ${received} from target
          returning id
        )
        select sub.id as submission_id, target.author_id from sub, target`;
      const [rev] = await sql`insert into revisions (submission_id, version, kind, body, language, is_nil_reply, author_id, created_at)
                              values (${row!.submission_id}, 1, 'submission', ${body}, 'en', false, ${row!.author_id}, ${received})
                              returning id`;
      await sql`update submissions set submitted_revision_id = ${rev!.id} where id = ${row!.submission_id}`;
    }

    // On 14 July 2023 the report is issued.
    await setClock(page, "2023-07-14");
    await page.goto("/secretariat/cycles/78/report");
    const preview = page.getByRole("article", { name: /Developments in the field of information and telecommunications/ });
    await expect(preview.getByRole("heading", { level: 4 })).toHaveText(["Czechia", "Türkiye"]);
    await page.getByRole("button", { name: "Issue A/78/76…" }).click();
    await page.getByRole("dialog", { name: "Issue A/78/76?" }).getByRole("button", { name: "Issue A/78/76 now" }).click();
    await expect(page.getByRole("status").filter({ hasText: "was issued" })).toContainText("A/78/76 was issued on 14 July 2023");

    // The public reads it under the names of 2023; the French version too.
    const visitor = await browser.newContext();
    const pub = await visitor.newPage();
    await pub.goto(new URL("/published/reports/78/0", page.url()).toString());
    const document = pub.getByRole("article", { name: /Developments in the field of information and telecommunications/ });
    await expect(document.getByRole("heading", { level: 4 })).toHaveText(["Czechia", "Türkiye"]);
    await expect(document).not.toContainText("Turkey");
    await checkA11y(pub);
    const docx = await pub.request.get("/api/published/reports/78/0/report.docx?lang=fr");
    expect(docx.status()).toBe(200);
    const xml = await (await JSZip.loadAsync(await docx.body())).file("word/document.xml")!.async("string");
    expect(xml).toContain("Tchéquie");
    expect(xml).toContain("Türkiye");
    expect(xml).not.toContain("Turquie");
    await visitor.close();
  } finally {
    await setClock(page, "");
    await sql.end();
    await admin.close();
  }
});
