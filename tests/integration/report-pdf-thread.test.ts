import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import JSZip from "jszip";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Connection } from "@/db/client";
import * as s from "@/db/schema";
import { AppError } from "@/lib/errors";
import { compileReport } from "@/lib/report/compile";
import { crashDocxWorkerForTests, docxWorkerAlive, docxWorkerBusy, docxWorkerStarts, renderDocx } from "@/lib/report/docx";
import { crashPdfWorkerForTests, MAX_WAITING, pdfWorkerBusy, pdfWorkerStarts, typesetPdf } from "@/lib/report/pdf-worker";
import { renderPdf, typstData } from "@/lib/report/pdf";
import { loadIssuedDocument, loadNextDocument } from "@/lib/report/queries";
import { issueReport } from "@/lib/report/service";
import { newYorkTime } from "@/lib/time";
import { makeUser } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

/**
 * The PDF is typeset, and the DOCX built, each on a thread of its own (lib/report/worker-queue.ts):
 * through the published report's routes, on the real database, exports asked for at once all succeed
 * while the main thread keeps answering its timers; a thread that dies or a document past the timeout
 * is a 503 in JSON, and the next export gets a new thread.
 */

vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
// Auth.js is not under test (the route is public); the reader's language falls back without it.
vi.mock("@/lib/auth", () => ({ auth: async () => null }));
const { GET } = await import("@/app/api/published/reports/[session]/[addendum]/report.pdf/route");
const { GET: GET_DOCX } = await import("@/app/api/published/reports/[session]/[addendum]/report.docx/route");

let t: TestDatabase;
const holder = globalThis as typeof globalThis & { __trackerDb?: Connection };
let previous: Connection | undefined;
let dir: string;
/** English names of the States that replied, in the order they were seeded. */
const replied: string[] = [];

const SENTENCES = [
  "The Government attaches great importance to the security of information and telecommunications systems.",
  "International cooperation, including the exchange of information on incidents and best practices, is essential.",
  "Capacity-building for developing countries should be a priority, so that all States can protect their critical infrastructure.",
  "Confidence-building measures among States would reduce the risk of misperception and escalation arising from incidents.",
];
const body = (n: number) =>
  Array.from({ length: 5 }, (_, p) => Array.from({ length: 4 }, (_, i) => SENTENCES[(n + p + i) % SENTENCES.length]).join(" ")).join("\n\n") + "\n\n- a national CERT\n- training";

/** Enough accepted replies that typesetting takes the engine a second or more: 60 States x 4 items. */
async function seed(conn: Connection) {
  const db = conn.db;
  const [cycle] = await db.select().from(s.reportingCycles).where(eq(s.reportingCycles.targetSession, 65));
  const items = await db.select().from(s.requestedItems).where(eq(s.requestedItems.resolutionId, cycle!.resolutionId));
  const states = (await db.select({ id: s.memberStates.id, iso3: s.memberStates.iso3, name: s.memberStates.name }).from(s.memberStates).orderBy(s.memberStates.iso3)).slice(0, 60);
  const received = newYorkTime("2010-05-25T10:00");
  for (const [n, st] of states.entries()) {
    const officer = await makeUser(db, { role: "delegation", iso3: st.iso3 });
    replied.push(st.name);
    await db.transaction(async (tx) => {
      for (const item of items) {
        const text = body(n);
        const [sub] = await tx
          .insert(s.submissions)
          .values({ memberStateId: st.id, cycleId: cycle!.id, itemId: item.id, status: "accepted", version: 1, body: text, language: "en", isNilReply: false, publication: "public", firstSubmittedAt: received, submittedAt: received })
          .returning({ id: s.submissions.id });
        const [rev] = await tx
          .insert(s.revisions)
          .values({ submissionId: sub!.id, version: 1, kind: "submission", body: text, language: "en", isNilReply: false, authorId: officer.id, createdAt: received })
          .returning({ id: s.revisions.id });
        await tx.update(s.submissions).set({ submittedRevisionId: rev!.id }).where(eq(s.submissions.id, sub!.id));
      }
    });
  }
  const reviewer = await makeUser(db, { role: "reviewer" });
  const { fingerprint } = compileReport((await loadNextDocument(db, 65)).source, "full");
  await issueReport({ db, actor: reviewer, now: newYorkTime("2010-07-20T11:00") }, { session: 65, fingerprint });
}

const exportPdf = (lang = "en") =>
  GET(new Request(`http://127.0.0.1:3000/api/published/reports/65/0/report.pdf?lang=${lang}`), { params: Promise.resolve({ session: "65", addendum: "0" }) });

const exportDocx = (lang = "en") =>
  GET_DOCX(new Request(`http://127.0.0.1:3000/api/published/reports/65/0/report.docx?lang=${lang}`), { params: Promise.resolve({ session: "65", addendum: "0" }) });

/** The text of a DOCX's body (word/document.xml without its tags). */
async function docxText(response: Response): Promise<string> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
  return (await zip.file("word/document.xml")!.async("string")).replace(/<[^>]+>/g, "");
}

/** The PDF's text, as pdftotext reads it. */
function textOf(pdf: Buffer, name: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

/** Runs `fn` while a 10 ms timer ticks on this thread: the longest gap between two ticks, and how many there were. */
async function whileTicking<T>(fn: () => Promise<T>): Promise<{ result: T; longestGap: number; ticks: number; took: number }> {
  const started = performance.now();
  let last = started;
  let longestGap = 0;
  let ticks = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    ticks++;
  }, 10);
  try {
    const result = await fn();
    longestGap = Math.max(longestGap, performance.now() - last);
    return { result, longestGap, ticks, took: performance.now() - started };
  } finally {
    clearInterval(timer);
  }
}

beforeAll(async () => {
  t = await openTestDatabase();
  previous = holder.__trackerDb;
  holder.__trackerDb = t.conn;
  dir = mkdtempSync(path.join(tmpdir(), "report-pdf-"));
  await seed(t.conn);
}, 120_000);
afterAll(async () => {
  holder.__trackerDb = previous;
  rmSync(dir, { recursive: true, force: true });
  await t?.close();
});
afterEach(() => {
  delete process.env.REPORT_PDF_TIMEOUT_MS;
  delete process.env.REPORT_DOCX_TIMEOUT_MS;
  delete process.env.REPORT_DOCX_IDLE_MS;
});

describe("the PDF's own thread", () => {
  it("typesets two exports asked for at once through the route, both whole", async () => {
    const [en, fr] = await Promise.all([exportPdf("en"), exportPdf("fr")]);
    for (const response of [en, fr]) {
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/pdf");
    }
    const enPdf = Buffer.from(await en.arrayBuffer());
    const frPdf = Buffer.from(await fr.arrayBuffer());
    expect(enPdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(frPdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const enText = textOf(enPdf, "en.pdf");
    expect(enText).toContain(replied[0]);
    expect(enText).toContain("A/65/154");
    const frText = textOf(frPdf, "fr.pdf");
    expect(frText).toContain("Réponses reçues des gouvernements");
    expect(frText).toContain(replied[0]);
  }, 120_000);

  it("keeps the main thread's timers firing while it typesets two documents", async () => {
    // The data first (on PGlite the queries run on this thread too: they are not what is measured).
    const { source } = await loadIssuedDocument(t.conn.db, 65, 0);
    const reports = (["en", "ru"] as const).map((locale) => compileReport(source, { edition: "public", locale }));
    // The thread started, and the data's code warm: what is measured is the typesetting. (The data
    // the template reads is still built on this thread: a few tens of milliseconds once warm.)
    await typesetPdf("#lorem(5)", "{}");
    for (const r of reports) typstData(r);
    // The second asked for 20 ms later, as two requests arrive (each builds its data in a turn of its own).
    const later = new Promise((resolve) => setTimeout(resolve, 20));
    const { result, longestGap, ticks, took } = await whileTicking(() => Promise.all([renderPdf(reports[0]!), later.then(() => renderPdf(reports[1]!))]));
    for (const pdf of result) expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(textOf(result[1]!, "ru.pdf")).toContain("Ответы, полученные от правительств");
    // The two documents took the engine a while, one after the other: longer than twice the gap allowed,
    // so that one of them, typeset on this thread, would have held it past 200 ms. This thread never
    // waited on it for more than 200 ms at a time.
    expect(took).toBeGreaterThan(400);
    expect(longestGap).toBeLessThan(200);
    expect(ticks).toBeGreaterThan(took / 10 / 3);
  }, 120_000);

  it("answers 503 in JSON when the thread dies during an export, and typesets the next one on a new thread", async () => {
    const before = pdfWorkerStarts();
    const pending = exportPdf();
    await vi.waitFor(() => expect(pdfWorkerBusy()).toBe(true), { timeout: 30_000, interval: 20 });
    await crashPdfWorkerForTests();
    const response = await pending;
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toMatchObject({ error: "unavailable", message: expect.any(String) });

    const next = await exportPdf();
    expect(next.status).toBe(200);
    expect(Buffer.from(await next.arrayBuffer()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfWorkerStarts()).toBe(before + 1);
  }, 120_000);

  it("answers 503 when a document takes longer than the timeout", async () => {
    process.env.REPORT_PDF_TIMEOUT_MS = "50";
    const response = await exportPdf();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: "unavailable" });
    delete process.env.REPORT_PDF_TIMEOUT_MS;
    expect((await exportPdf()).status).toBe(200);
  }, 120_000);

  it("reports an error of the template with the engine's diagnostics (a 500, not a 503), and the thread goes on", async () => {
    await typesetPdf("#lorem(5)", "{}");
    const before = pdfWorkerStarts();
    const error = await typesetPdf("#let broken = (", "{}").then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(AppError);
    expect((error as Error).message).toMatch(/^The report could not be typeset: .*unclosed/);
    expect((await typesetPdf("#lorem(5)", "{}")).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfWorkerStarts()).toBe(before);
  }, 120_000);

  it("refuses at once a document beyond the queue's length rather than letting it wait", async () => {
    process.env.REPORT_PDF_TIMEOUT_MS = "1";
    const outcome = (p: Promise<Buffer>) => p.then(() => "ok", (e: unknown) => (e instanceof AppError ? e.code : String(e)));
    // One typesetting and MAX_WAITING waiting; the next is refused before any of them ends.
    const admitted = Array.from({ length: MAX_WAITING + 1 }, () => outcome(typesetPdf("#lorem(10)", "{}")));
    let settled = false;
    void Promise.race(admitted).then(() => (settled = true));
    expect(await outcome(typesetPdf("#lorem(10)", "{}"))).toBe("unavailable");
    expect(settled).toBe(false);
    await Promise.all(admitted);
  }, 120_000);
});

describe("the DOCX's own thread", () => {
  it("builds the DOCX on its thread through the route: a whole document with the States' names", async () => {
    const before = docxWorkerStarts();
    const wasAlive = docxWorkerAlive();
    const pending = exportDocx("en");
    // The thread takes the document (the main thread only prepared its data).
    await vi.waitFor(() => expect(docxWorkerBusy()).toBe(true), { timeout: 30_000, interval: 5 });
    const text = await docxText(await pending);
    expect(text).toContain(replied[0]);
    expect(text).toContain(replied[59]);
    expect(text).toContain("A/65/154");
    expect(docxWorkerStarts()).toBe(before + (wasAlive ? 0 : 1));
    expect(docxWorkerAlive()).toBe(true);
  }, 120_000);

  it("builds DOCX and PDF exports asked for at once, each on its thread, all whole", async () => {
    const [docxEn, pdfFr, docxAr] = await Promise.all([exportDocx("en"), exportPdf("fr"), exportDocx("ar")]);
    expect(await docxText(docxEn)).toContain(replied[1]);
    expect(pdfFr.status).toBe(200);
    expect(textOf(Buffer.from(await pdfFr.arrayBuffer()), "fr-with-docx.pdf")).toContain("Réponses reçues des gouvernements");
    const ar = await docxText(docxAr);
    expect(ar).toContain("A/65/154");
    expect(ar).toMatch(/[\u0600-\u06FF]/);
  }, 120_000);

  it("answers 503 in JSON when the DOCX thread dies during an export, and builds the next one on a new thread", async () => {
    const before = docxWorkerStarts();
    const pending = exportDocx();
    await vi.waitFor(() => expect(docxWorkerBusy()).toBe(true), { timeout: 30_000, interval: 5 });
    await crashDocxWorkerForTests();
    const response = await pending;
    expect(response.status).toBe(503);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toMatchObject({ error: "unavailable", message: expect.any(String) });

    expect(await docxText(await exportDocx())).toContain(replied[0]);
    expect(docxWorkerStarts()).toBe(before + 1);
  }, 120_000);

  it("answers 503 when a DOCX takes longer than the timeout, and the next one is built", async () => {
    process.env.REPORT_DOCX_TIMEOUT_MS = "1";
    const response = await exportDocx();
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: "unavailable" });
    delete process.env.REPORT_DOCX_TIMEOUT_MS;
    expect(await docxText(await exportDocx())).toContain(replied[0]);
  }, 120_000);

  it("ends the DOCX thread when it has been idle, and starts one again for the next export", async () => {
    process.env.REPORT_DOCX_IDLE_MS = "50";
    const { source } = await loadIssuedDocument(t.conn.db, 65, 0);
    const report = compileReport(source, { edition: "public", locale: "en" });
    expect((await renderDocx(report)).subarray(0, 2).toString("latin1")).toBe("PK");
    await vi.waitFor(() => expect(docxWorkerAlive()).toBe(false), { timeout: 5_000, interval: 20 });
    const before = docxWorkerStarts();
    expect((await renderDocx(report)).subarray(0, 2).toString("latin1")).toBe("PK");
    expect(docxWorkerStarts()).toBe(before + 1);
  }, 120_000);
});
