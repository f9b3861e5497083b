import { and, eq, inArray } from "drizzle-orm";
import JSZip from "jszip";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, milestones, reportEntries, reports, submissions } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions";
import { listPublishedDocuments, publishedRepliesOfState, publishedRepliesOnItem, searchPublished } from "@/lib/published/queries";
import { compileReport, type CompiledReport } from "@/lib/report/compile";
import { renderDocx } from "@/lib/report/docx";
import { repliesJson } from "@/lib/report/exports";
import { renderPdf } from "@/lib/report/pdf";
import { loadIssuedDocument, loadNextDocument } from "@/lib/report/queries";
import { issueReport } from "@/lib/report/service";
import { reviewTransition } from "@/lib/review/service";
import type { ServiceContext } from "@/lib/context";
import { saveDraft, submitReply } from "@/lib/submissions/service";
import { newYorkTime } from "@/lib/time";
import type { Language } from "@/lib/validation/submission";
import { cycleFor, makeUser } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

let t: TestDatabase;
let reviewer: Actor;
const officers = new Map<string, Actor>();
const MAY_20 = newYorkTime("2010-05-20T10:00");
const JULY_20 = newYorkTime("2010-07-20T11:00");
const AUGUST_2 = newYorkTime("2010-08-02T11:00");

const ctx = (actor: Actor, now = MAY_20): ServiceContext => ({ db: t.conn.db, actor, now });
const ref = (iso3: string, letter: string) => ({ iso3, session: 65, letter });

async function officer(iso3: string) {
  if (!officers.has(iso3)) officers.set(iso3, await makeUser(t.conn.db, { role: "delegation", iso3 }));
  return officers.get(iso3)!;
}


interface ReplyOptions {
  language?: Language;
  isNilReply?: boolean;
  publication?: "public" | "restricted";
  accept?: boolean;
  at?: Date;
}

/** A delegation submits (on `at`), and the Secretariat accepts unless told not to. */
async function reply(iso3: string, letter: string, body: string, o: ReplyOptions = {}) {
  const saved = await submitReply(ctx(await officer(iso3), o.at ?? MAY_20), {
    ...ref(iso3, letter),
    body,
    language: o.language ?? "en",
    isNilReply: o.isNilReply ?? false,
    publication: o.publication ?? "public",
    expectedVersion: await currentVersion(iso3, letter),
  });
  if (o.accept !== false) await reviewTransition(ctx(reviewer, o.at ?? MAY_20), { ...ref(iso3, letter), action: "accept" });
  return saved;
}

async function currentVersion(iso3: string, letter: string): Promise<number> {
  const { memberStates, requestedItems } = await import("@/db/schema");
  const cycle = await cycleFor(t.conn.db, 65);
  const [row] = await t.conn.db
    .select({ version: submissions.version })
    .from(submissions)
    .innerJoin(memberStates, eq(memberStates.id, submissions.memberStateId))
    .innerJoin(requestedItems, eq(requestedItems.id, submissions.itemId))
    .where(and(eq(memberStates.iso3, iso3), eq(requestedItems.letter, letter), eq(submissions.cycleId, cycle.id)));
  return row?.version ?? 0;
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

async function draftReport(edition: "full" | "public" = "full"): Promise<CompiledReport> {
  return compileReport((await loadNextDocument(t.conn.db, 65)).source, edition);
}

beforeAll(async () => {
  t = await openTestDatabase();
  reviewer = await makeUser(t.conn.db, { role: "reviewer" });

  // Four States reply; their names test the English collation ("Costa Rica" < "Côte d'Ivoire").
  await reply("ZWE", "a", "Zimbabwe supports **multilateral** cooperation against cybercrime.\n\n- a national CERT\n- training");
  await reply("CIV", "a", "La Côte d'Ivoire soutient la coopération internationale.", { language: "fr", at: newYorkTime("2010-05-27T09:00") });
  await reply("CIV", "b", "", { isNilReply: true, language: "fr", at: newYorkTime("2010-05-27T09:00") });
  await reply("AUT", "b", "Austria adopted a national information security strategy in 2009.");
  await reply("AUT", "a", "Austria values the work of the group of governmental experts.");
  await reply("CRI", "c", "Costa Rica asks that this view stay with Member States: CONFIDENTIALQUOKKA.", { publication: "restricted" });
  // Not in any document: a reply only submitted, a draft, and a draft amendment of an accepted reply.
  await reply("ZWE", "d", "Zimbabwe's pending view on measures: PENDINGWALRUS.", { accept: false });
  await reply("KEN", "b", "Kenya hosts a regional centre of excellence.", { accept: false });
  await saveDraft(ctx(await officer("AUT")), { ...ref("AUT", "c"), body: "Unsent draft: ZEBRADRAFT.", language: "en", isNilReply: false, publication: "public", expectedVersion: 0 });
  await saveDraft(ctx(await officer("AUT")), {
    ...ref("AUT", "a"),
    body: "An amendment not yet sent: OCELOTDRAFT.",
    language: "en",
    isNilReply: false,
    publication: "public",
    expectedVersion: await currentVersion("AUT", "a"),
  });
});
afterAll(async () => t?.close());

describe("compiling the report", () => {
  it("puts the accepted replies in order under the resolution's headings, with the original language and date", async () => {
    const report = await draftReport();
    expect(report.symbol).toBe("A/65/154");
    expect(report.addendum).toBe(0);
    expect(report.isDraft).toBe(true);
    expect(report.sessionLine).toBe("Sixty-fifth session");
    expect(report.agendaLine).toBe("Item 94 of the provisional agenda*");
    expect(report.title).toBe("Developments in the field of information and telecommunications in the context of international security");
    expect(report.sections.introduction.heading).toBe("I. Introduction");
    expect(report.sections.replies.heading).toBe("II. Replies received from Governments");

    const [first, list, second] = report.sections.introduction.blocks;
    expect(first).toMatchObject({ kind: "paragraph", number: 1 });
    expect(first!.kind === "paragraph" && first!.text).toContain(
      "In paragraph 3 of its resolution 64/25, the General Assembly invited all Member States to continue to inform the Secretary-General of their views and assessments on the following questions:",
    );
    expect(list).toEqual({
      kind: "list",
      items: [
        { label: "(a)", text: "General appreciation of the issues of information security;" },
        { label: "(b)", text: "Efforts taken at the national level to strengthen information security and promote international cooperation in this field;" },
        { label: "(c)", text: "The content of the concepts mentioned in paragraph 2 of the resolution;" },
        { label: "(d)", text: "Possible measures that could be taken by the international community to strengthen information security at the global level." },
      ],
    });
    expect(second!.kind === "paragraph" && second!.text).toContain("Pursuant to that request, on 26 February 2010, a note verbale was sent to Member States");

    expect(report.states.map((s) => s.name)).toEqual(["Austria", "Costa Rica", "Côte d'Ivoire", "Zimbabwe"]);
    const [austria, costaRica, coteDIvoire, zimbabwe] = report.states;
    expect(austria!.items.map((i) => i.heading)).toEqual([
      "(a) General appreciation of the issues of information security",
      "(b) Efforts taken at the national level to strengthen information security and promote international cooperation in this field",
    ]);
    // The submitted revision, not the amendment drafted since.
    expect(austria!.items[0]!.body).toBe("Austria values the work of the group of governmental experts.");
    expect(coteDIvoire).toMatchObject({ originalLine: "[Original: French]", receivedLine: "[27 May 2010]" });
    expect(coteDIvoire!.items[1]).toMatchObject({ letter: "b", isNilReply: true, body: "The Government has no views to convey on this question at this time." });
    expect(zimbabwe).toMatchObject({ originalLine: "[Original: English]", receivedLine: "[20 May 2010]" });
    expect(zimbabwe!.items.map((i) => i.letter)).toEqual(["a"]);
    expect(costaRica).toMatchObject({ restricted: true });
    expect(report.replyCount).toBe(6);

    const text = JSON.stringify(report);
    for (const word of ["ZEBRADRAFT", "OCELOTDRAFT", "PENDINGWALRUS"]) expect(text).not.toContain(word);
  });

  it("leaves restricted replies out of the public edition without any mark that they exist", async () => {
    const report = await draftReport("public");
    expect(report.states.map((s) => s.name)).toEqual(["Austria", "Côte d'Ivoire", "Zimbabwe"]);
    expect(report.omittedRestricted).toBe(1);
    expect(JSON.stringify(report)).not.toContain("CONFIDENTIALQUOKKA");
    expect(JSON.stringify(report.sections.introduction).toLowerCase()).not.toContain("restrict");
  });
});

describe("exports", () => {
  it("writes a DOCX whose Word headings hold the sections, the States in order and the items", async () => {
    const docx = await renderDocx(await draftReport());
    const zip = await JSZip.loadAsync(docx);
    const xml = await zip.file("word/document.xml")!.async("string");
    const paragraphs = [...xml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((m) => {
      const inner = m[1] ?? m[2] ?? "";
      return { style: /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1] ?? null, text: [...inner.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((x) => x[1]).join("") };
    });
    const withStyle = (style: string) => paragraphs.filter((p) => p.style === style).map((p) => p.text.replaceAll("&apos;", "'"));
    expect(withStyle("Heading1")).toEqual(["I. Introduction", "II. Replies received from Governments"]);
    expect(withStyle("Heading2")).toEqual(["Austria", "Costa Rica", "Côte d'Ivoire", "Zimbabwe"]);
    // Item headings only where a Government answered several items separately (Austria, Côte d'Ivoire).
    expect(withStyle("Heading3")).toHaveLength(4);
    expect(withStyle("Heading3")[0]).toBe("(a) General appreciation of the issues of information security");
    const all = paragraphs.map((p) => p.text).join("\n");
    expect(all).toContain("[Original: French]");
    expect(all).toContain("[Restricted: for the Secretariat and Member States only]");
    expect(all).toContain("multilateral");
    expect(all).not.toContain("ZEBRADRAFT");
    // The styles part defines the headings Word's navigation pane uses.
    expect(await zip.file("word/styles.xml")!.async("string")).toContain('w:styleId="Heading2"');
  });

  it("writes a PDF that holds every State once, in order, and only the public replies in the public edition", async () => {
    const read = async (report: CompiledReport) => {
      const parser = new PDFParse({ data: new Uint8Array(await renderPdf(report)) });
      try {
        return (await parser.getText()).text;
      } finally {
        await parser.destroy();
      }
    };
    const full = await read(await draftReport());
    expect(full.match(/\[Original: /g)).toHaveLength(4);
    const order = ["Austria", "Costa Rica", "Côte d'Ivoire", "Zimbabwe"].map((n) => full.indexOf(`${n}\n[Original`));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(full).toContain("A/65/154");
    expect(full).toContain("II. Replies received from Governments");

    const publicText = await read(await draftReport("public"));
    expect(publicText.match(/\[Original: /g)).toHaveLength(3);
    expect(publicText).not.toContain("CONFIDENTIALQUOKKA");
  });

  it("exports every submitted reply as JSON, never a draft", async () => {
    const json = JSON.parse(await repliesJson(t.conn.db, 65)) as { report: string; replies: { iso3: string; item: string; status: string; reply: string; publication: string }[] };
    expect(json.report).toBe("A/65/154");
    expect(json.replies.map((r) => `${r.iso3}/${r.item}/${r.status}`)).toEqual(["AUT/a/accepted", "AUT/b/accepted", "CRI/c/accepted", "CIV/a/accepted", "CIV/b/accepted", "KEN/b/submitted", "ZWE/a/accepted", "ZWE/d/submitted"]);
    expect(JSON.stringify(json)).not.toContain("DRAFT");
  });
});

describe("issuing", () => {
  it("refuses a delegation, and a preview that is no longer what would be issued", async () => {
    const { fingerprint } = await draftReport();
    // The Server Action admits only the Secretariat (action-roles.test.ts); the workflow refuses a delegation's publish too.
    expect(await code(issueReport(ctx(await officer("AUT"), JULY_20), { session: 65, fingerprint }))).toBe("conflict");
    expect(await code(issueReport(ctx(reviewer, JULY_20), { session: 65, fingerprint: "6-00000000" }))).toBe("conflict");
    expect(await t.conn.db.select().from(reports)).toEqual([]);
  });

  it("records the report with the exact revisions, publishes the replies, closes the cycle and marks the milestone", async () => {
    const preview = await draftReport();
    const result = await issueReport(ctx(reviewer, JULY_20), { session: 65, fingerprint: preview.fingerprint });
    expect(result).toMatchObject({ symbol: "A/65/154", addendum: 0, issuedOn: "2010-07-20", replies: 6 });

    const entries = await t.conn.db.select().from(reportEntries).where(eq(reportEntries.reportId, result.reportId));
    const rows = await t.conn.db.select().from(submissions).where(inArray(submissions.id, entries.map((e) => e.submissionId)));
    for (const e of entries) {
      const s = rows.find((r) => r.id === e.submissionId)!;
      expect(e.revisionId).toBe(s.submittedRevisionId);
      expect(e.publication).toBe(s.publication);
      expect(s.status).toBe("published");
      expect(s.publishedAt).toEqual(JULY_20);
    }
    const cycle = await cycleFor(t.conn.db, 65);
    expect(cycle.reportIssuedOn).toBe("2010-07-20");
    expect(cycle.closedAt).toEqual(JULY_20);
    const [milestone] = await t.conn.db.select().from(milestones).where(eq(milestones.key, "report-65"));
    expect(milestone!.doneOn).toBe("2010-07-20");
    const events = await t.conn.db.select().from(auditEvents).where(eq(auditEvents.cycleId, cycle.id));
    expect(events.filter((e) => e.action === "submission.publish")).toHaveLength(6);
    expect(events.filter((e) => e.action === "report.issue").map((e) => e.details)).toEqual([
      { symbol: "A/65/154", addendum: 0, issuedOn: "2010-07-20", replies: 6, states: 4 },
    ]);

    // The issued document reads back exactly as previewed, dated.
    const issued = compileReport((await loadIssuedDocument(t.conn.db, 65, 0)).source);
    expect(issued).toMatchObject({ isDraft: false, dateLine: "20 July 2010", fingerprint: preview.fingerprint });
    expect(issued.states).toEqual(preview.states);
  });

  it("closes the cycle to the delegations' edits", async () => {
    expect(
      await code(saveDraft(ctx(await officer("AUT"), AUGUST_2), { ...ref("AUT", "c"), body: "After the report", language: "en", isNilReply: false, publication: "public", expectedVersion: await currentVersion("AUT", "c") })),
    ).toBe("closed");
    expect(await code(submitReply(ctx(await officer("KEN"), AUGUST_2), { ...ref("KEN", "a"), body: "Too late", language: "en", isNilReply: false, publication: "public", expectedVersion: 0 }))).toBe("closed");
  });

  it("puts a reply accepted after the report into an addendum, and issues it without reopening the cycle", async () => {
    expect(await code(reviewTransition(ctx(reviewer, AUGUST_2), { ...ref("ZWE", "d"), action: "return", reason: "Too late to revise." }))).toBe("closed");
    await reviewTransition(ctx(reviewer, AUGUST_2), { ...ref("ZWE", "d"), action: "accept" });
    const addendum = await draftReport();
    expect(addendum).toMatchObject({ symbol: "A/65/154/Add.1", addendum: 1, addendumLine: "Addendum", replyCount: 1 });
    expect(addendum.states.map((s) => [s.name, s.items.map((i) => i.letter)])).toEqual([["Zimbabwe", ["d"]]]);
    const intro = addendum.sections.introduction.blocks[0]!;
    expect(intro.kind === "paragraph" && intro.text).toContain("Since the issuance of the report of the Secretary-General (A/65/154), replies have been received");

    const result = await issueReport(ctx(reviewer, AUGUST_2), { session: 65, fingerprint: addendum.fingerprint });
    expect(result).toMatchObject({ symbol: "A/65/154/Add.1", addendum: 1, issuedOn: "2010-08-02", replies: 1 });
    const cycle = await cycleFor(t.conn.db, 65);
    expect(cycle.reportIssuedOn).toBe("2010-07-20");
    expect(cycle.closedAt).toEqual(JULY_20);
    expect(await code(issueReport(ctx(reviewer, AUGUST_2), { session: 65, fingerprint: "0-811c9dc5" }))).toBe("invalid");
  });
  it("takes a reply a reviewer already marked published into the next addendum, as it is", async () => {
    const AUGUST_9 = newYorkTime("2010-08-09T11:00");
    await reviewTransition(ctx(reviewer, AUGUST_9), { ...ref("KEN", "b"), action: "accept" });
    await reviewTransition(ctx(reviewer, AUGUST_9), { ...ref("KEN", "b"), action: "publish" });
    const addendum = await draftReport();
    expect(addendum.symbol).toBe("A/65/154/Add.2");
    expect(addendum.states.map((s) => s.name)).toEqual(["Kenya"]);
    const before = (await t.conn.db.select().from(auditEvents).where(eq(auditEvents.action, "submission.publish"))).length;
    expect(await issueReport(ctx(reviewer, AUGUST_9), { session: 65, fingerprint: addendum.fingerprint })).toMatchObject({ symbol: "A/65/154/Add.2", replies: 1 });
    // Already published: recorded in the addendum, not published a second time.
    expect((await t.conn.db.select().from(auditEvents).where(eq(auditEvents.action, "submission.publish"))).length).toBe(before);
  });
});

describe("published views", () => {
  it("show what was issued, public replies only, never drafts or the live text", async () => {
    const documents = await listPublishedDocuments(t.conn.db);
    expect(documents.map((d) => [d.symbol, d.issuedOn, d.replies, d.states])).toEqual([
      ["A/65/154", "2010-07-20", 5, 3],
      ["A/65/154/Add.1", "2010-08-02", 1, 1],
      ["A/65/154/Add.2", "2010-08-09", 1, 1],
    ]);
    const { memberStates } = await import("@/db/schema");
    const [austria] = await t.conn.db.select().from(memberStates).where(eq(memberStates.iso3, "AUT"));
    const mine = await publishedRepliesOfState(t.conn.db, austria!.id);
    expect(mine.map((r) => [r.session, r.letter, r.body])).toEqual([
      [65, "a", "Austria values the work of the group of governmental experts."],
      [65, "b", "Austria adopted a national information security strategy in 2009."],
    ]);
    const onC = await publishedRepliesOnItem(t.conn.db, "c");
    expect(onC).toEqual([]); // Costa Rica's reply on (c) is restricted.
    const onA = await publishedRepliesOnItem(t.conn.db, "a", 65);
    expect(onA.map((r) => r.stateName)).toEqual(["Austria", "Côte d'Ivoire", "Zimbabwe"]);
  });

  it("finds a published reply by a word in it (stemmed), highlights it, and filters by item, cycle and group", async () => {
    const { total, hits } = await searchPublished(t.conn.db, { q: "strategies" });
    expect(total).toBe(1);
    expect(hits[0]).toMatchObject({ iso3: "AUT", letter: "b", session: 65, symbol: "A/65/154" });
    expect(hits[0]!.headline).toContain("\u0002strategy\u0003");

    // Each reply is read in its own language: "cooperation" finds Zimbabwe's English reply and Côte d'Ivoire's French "coopération".
    expect((await searchPublished(t.conn.db, { q: "cooperation" })).hits.map((h) => h.iso3).sort()).toEqual(["CIV", "ZWE"]);
    expect((await searchPublished(t.conn.db, { q: "measures" })).hits.map((h) => `${h.iso3}/${h.letter}`)).toEqual(["ZWE/d"]);
    expect((await searchPublished(t.conn.db, { q: "measures", letter: "a" })).total).toBe(0);
    expect((await searchPublished(t.conn.db, { q: "measures", session: 64 })).total).toBe(0);
    expect((await searchPublished(t.conn.db, { q: "measures", group: "african" })).total).toBe(1);
    expect((await searchPublished(t.conn.db, { q: "measures", group: "western_european_others" })).total).toBe(0);
  });

  it("never finds drafts, unaccepted text or restricted replies", async () => {
    for (const word of ["ZEBRADRAFT", "OCELOTDRAFT", "CONFIDENTIALQUOKKA", "Unsent"]) {
      expect((await searchPublished(t.conn.db, { q: word })).total, word).toBe(0);
    }
  });

  it("uses the full-text index", async () => {
    const plan = await t.conn.db.transaction(async (tx) => {
      const { sql } = await import("drizzle-orm");
      await tx.execute(sql`set local enable_seqscan = off`);
      return tx.execute(sql`explain select id from revisions where kind = 'submission' and search_vector @@ websearch_to_tsquery('english', 'strategy')`);
    });
    // PGlite answers { rows }, the postgres driver an array of rows.
    const rows = (Array.isArray(plan) ? plan : (plan as { rows: unknown[] }).rows) as Record<string, string>[];
    expect(rows.map((r) => Object.values(r)[0]).join("\n")).toContain("revisions_search_idx");
  });
});
