/**
 * Report bench: `npm run bench:report` (or `npx tsx --conditions=react-server bench/report.ts`: the query
 * modules are server-only, and the react-server condition is how a script outside Next opens them).
 *
 *   --db pglite|postgres|both   which database(s) (default both; env BENCH_DB)
 *   --runs <n>                  timed runs of each step; the median is printed (default 5; env BENCH_RUNS)
 *   --pdf worker|inline|both    where the PDF is typeset (default worker; env BENCH_PDF): on its own thread, as
 *                               the app does (lib/report/pdf-worker.ts), or on the main thread, as it did
 *                               before, for the comparison (the inline path lives only here)
 *
 * Seeds a fresh database (in-memory PGlite, or a throwaway PostgreSQL cluster from
 * scripts/pg-cluster.mjs) with the real reference data and 193 States x 4 accepted replies of
 * realistic length (about 2,500 characters on average, nil replies included; Markdown with lists, 10% nil replies, 10%
 * restricted, in the six languages), then times: the six language versions (compile, DOCX, PDF),: loading and compiling the
 * report, the DOCX and the PDF exports, issuing it (once: it closes the cycle), and a public
 * full-text search. First it prints what each step of an export costs the main thread's memory
 * (heap and RSS above where they were; the DOCX also as it was built before, on the main thread). While the PDFs are typeset it samples the main thread's event-loop delay
 * (perf_hooks.monitorEventLoopDelay, 10 ms resolution): how long any other request of the instance
 * would have waited. It prints figures; nothing here passes or fails on time.
 */
import path from "node:path";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { eq, sql } from "drizzle-orm";
import { connectPglite, connectPostgres, type Connection } from "@/db/client";
import { migrate } from "@/db/migrate";
import * as s from "@/db/schema";
import { seedReferenceData } from "@/db/seed";
import { searchPublished } from "@/lib/published/queries";
import { LOCALES } from "@/lib/i18n/locales";
import { compileReport, type CompiledReport } from "@/lib/report/compile";
import { docxData, renderDocx } from "@/lib/report/docx";
import { buildDocx } from "@/lib/report/docx-worker.mjs";
import { readPdfFonts } from "@/lib/report/fonts";
import { renderPdf, typstData } from "@/lib/report/pdf";
import { REPORT_TEMPLATE } from "@/lib/report/pdf-template";
import { createTypesetter } from "@/lib/report/typst-worker.mjs";
import { loadNextDocument } from "@/lib/report/queries";
import { issueReport } from "@/lib/report/service";
import { newYorkTime } from "@/lib/time";

type DbKind = "pglite" | "postgres";
interface Cluster {
  urlFor(name: string): string;
  stop(): Promise<void>;
}

const root = fileURLToPath(new URL("..", import.meta.url));

type PdfMode = "worker" | "inline";

function options(): { dbs: DbKind[]; runs: number; pdf: PdfMode[] } {
  const args = process.argv.slice(2);
  const value = (name: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const db = value("db") ?? process.env.BENCH_DB ?? "both";
  const runs = Number(value("runs") ?? process.env.BENCH_RUNS ?? 5);
  if (!["pglite", "postgres", "both"].includes(db)) throw new Error(`--db must be pglite, postgres or both, not ${db}`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error("--runs must be a positive integer");
  const pdf = value("pdf") ?? process.env.BENCH_PDF ?? "worker";
  if (!["worker", "inline", "both"].includes(pdf)) throw new Error(`--pdf must be worker, inline or both, not ${pdf}`);
  return { dbs: db === "both" ? ["pglite", "postgres"] : [db as DbKind], runs, pdf: pdf === "both" ? ["worker", "inline"] : [pdf as PdfMode] };
}

// ---------------------------------------------------------------------------------------------
// Realistic replies, deterministic (a small linear congruential generator).

let seed = 62_17;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const SENTENCES = {
  en: [
    "The Government attaches great importance to the security of information and telecommunications systems and to the free flow of information.",
    "A national strategy for cybersecurity was adopted, establishing a computer emergency response team and clear responsibilities across ministries.",
    "International cooperation, including the exchange of information on incidents and best practices, is essential to address threats that know no borders.",
    "The use of information and communication technologies for criminal or terrorist purposes requires a coordinated response under international law.",
    "Capacity-building for developing countries should be a priority, so that all States can protect their critical information infrastructure.",
    "Confidence-building measures among States would reduce the risk of misperception and escalation arising from incidents in cyberspace.",
    "The existing principles of international law, including the Charter of the United Nations, apply to the conduct of States in this field.",
    "Public-private partnerships are central, since most critical infrastructure is owned and operated by the private sector.",
  ],
  fr: [
    "Le Gouvernement attache une grande importance à la sécurité des systèmes d'information et de télécommunication.",
    "Une agence nationale de la sécurité des systèmes d'information coordonne la prévention et la réponse aux incidents.",
    "La coopération internationale et l'échange d'informations sont indispensables face à des menaces sans frontières.",
    "Le renforcement des capacités des pays en développement doit demeurer une priorité de la communauté internationale.",
  ],
  es: [
    "El Gobierno concede gran importancia a la seguridad de los sistemas de información y telecomunicaciones.",
    "Se ha creado un equipo nacional de respuesta a incidentes informáticos con responsabilidades definidas.",
    "La cooperación internacional y el intercambio de buenas prácticas son esenciales para hacer frente a las amenazas.",
    "Las medidas de fomento de la confianza entre los Estados reducirían el riesgo de escalada.",
  ],
  ru: [
    "Правительство придает большое значение безопасности информационных и телекоммуникационных систем.",
    "Международное сотрудничество и обмен информацией необходимы для противодействия угрозам.",
    "Существующие принципы международного права применимы к поведению государств в этой области.",
    "Укрепление доверия между государствами снизит риск эскалации.",
  ],
  ar: [
    "تولي الحكومة أهمية كبيرة لأمن نظم المعلومات والاتصالات السلكية واللاسلكية.",
    "إن التعاون الدولي وتبادل المعلومات ضروريان للتصدي للتهديدات العابرة للحدود.",
    "تنطبق مبادئ القانون الدولي القائمة على سلوك الدول في هذا الميدان.",
  ],
  zh: [
    "中国政府高度重视信息和电信系统的安全以及信息的自由流动。",
    "国际合作和信息交流对于应对没有国界的威胁至关重要。",
    "各国之间建立信任的措施将减少误解和升级的风险。",
  ],
} as const;
type BenchLanguage = keyof typeof SENTENCES;

function replyText(language: BenchLanguage): string {
  const paragraphs: string[] = [];
  const count = 4 + Math.floor(random() * 6);
  for (let p = 0; p < count; p++) {
    const sentences = Array.from({ length: 2 + Math.floor(random() * 4) }, () => pick(SENTENCES[language]));
    paragraphs.push(p === 1 && random() < 0.5 ? sentences.map((x) => `- ${x}`).join("\n") : sentences.join(" "));
  }
  return paragraphs.join("\n\n");
}

// ---------------------------------------------------------------------------------------------

async function seedReplies(conn: Connection): Promise<{ replies: number; characters: number }> {
  const db = conn.db;
  const [cycle] = await db.select().from(s.reportingCycles).where(eq(s.reportingCycles.targetSession, 65));
  const items = await db.select().from(s.requestedItems).where(eq(s.requestedItems.resolutionId, cycle!.resolutionId));
  const states = await db.select({ id: s.memberStates.id, iso3: s.memberStates.iso3 }).from(s.memberStates);
  const officers = await db
    .insert(s.users)
    .values(states.map((st) => ({ email: `${st.iso3.toLowerCase()}@bench.test`, name: `Officer ${st.iso3}`, role: "delegation" as const, memberStateId: st.id, passwordHash: "x" })))
    .returning({ id: s.users.id, memberStateId: s.users.memberStateId });
  const received = newYorkTime("2010-05-25T10:00");
  let replies = 0;
  let characters = 0;
  for (const officer of officers) {
    const language = pick<BenchLanguage>(["en", "en", "en", "en", "fr", "es", "ru", "ar", "zh"]);
    await db.transaction(async (tx) => {
      for (const item of items) {
        const nil = random() < 0.1;
        const body = nil ? "" : replyText(language);
        const publication = random() < 0.1 ? ("restricted" as const) : ("public" as const);
        const [sub] = await tx
          .insert(s.submissions)
          .values({ memberStateId: officer.memberStateId!, cycleId: cycle!.id, itemId: item.id, status: "accepted", version: 1, body, language, isNilReply: nil, publication, firstSubmittedAt: received, submittedAt: received })
          .returning({ id: s.submissions.id });
        const [rev] = await tx
          .insert(s.revisions)
          .values({ submissionId: sub!.id, version: 1, kind: "submission", body, language, isNilReply: nil, authorId: officer.id, createdAt: received })
          .returning({ id: s.revisions.id });
        await tx.update(s.submissions).set({ submittedRevisionId: rev!.id }).where(eq(s.submissions.id, sub!.id));
        replies++;
        characters += body.length;
      }
    });
  }
  await db.execute(sql`analyze`);
  return { replies, characters };
}

/** Wall-clock times, and the median CPU time (this process, all threads): on a shared machine the second moves less. */
async function time<T>(runs: number, step: () => Promise<T>): Promise<{ median: number; min: number; max: number; cpu: number; last: T }> {
  const times: number[] = [];
  const cpu: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const used = process.cpuUsage();
    last = await step();
    const { user, system } = process.cpuUsage(used);
    times.push(performance.now() - start);
    cpu.push((user + system) / 1000);
    // A turn of the event loop between runs, as between two requests (and the delay monitor's timer
    // fires: a step that blocks the thread is counted then, not merged with the next run).
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, min: times[0]!, max: times.at(-1)!, cpu: cpu[Math.floor(cpu.length / 2)]!, last: last! };
}

/**
 * What a step costs the main thread's memory: the heap (V8's used size) and the process's RSS sampled
 * every 5 ms while it runs and once as it returns, above what they were before it (after a full
 * collection, when the bench runs with --expose-gc: `NODE_OPTIONS=--expose-gc npm run bench:report`).
 * A synchronous stretch is seen at its end, before anything it built can be collected.
 */
async function memoryOf<T>(step: () => Promise<T>): Promise<{ value: T; heapMb: number; rssMb: number; heapBeforeMb: number; rssBeforeMb: number }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  let heap = before.heapUsed;
  let rss = before.rss;
  const sample = () => {
    const now = process.memoryUsage();
    heap = Math.max(heap, now.heapUsed);
    rss = Math.max(rss, now.rss);
  };
  const timer = setInterval(sample, 5);
  try {
    const value = await step();
    sample();
    return { value, heapMb: (heap - before.heapUsed) / 1e6, rssMb: (rss - before.rss) / 1e6, heapBeforeMb: before.heapUsed / 1e6, rssBeforeMb: before.rss / 1e6 };
  } finally {
    clearInterval(timer);
  }
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0).padStart(6)} ms`;

/** The main thread's event-loop delay while `step` runs: the longest, and the 99th percentile, in ms. */
async function loopDelay<T>(step: () => Promise<T>): Promise<{ value: T; max: number; p99: number }> {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  try {
    const value = await step();
    // The monitor records a delay when its timer fires after it: give it that turn.
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { value, max: h.max / 1e6, p99: h.percentile(99) / 1e6 };
  } finally {
    h.disable();
  }
}

/** The PDF as the app typesets it (its own thread), or on this thread, as before, for the comparison. */
function pdfRenderer(mode: PdfMode): (report: CompiledReport) => Promise<Buffer> {
  if (mode === "worker") return renderPdf;
  let typeset: ((source: string, data: string) => Uint8Array) | undefined;
  return async (report) => {
    typeset ??= createTypesetter(await readPdfFonts());
    return Buffer.from(typeset(REPORT_TEMPLATE, typstData(report)));
  };
}

async function bench(kind: DbKind, runs: number, modes: PdfMode[]): Promise<void> {
  let cluster: Cluster | undefined;
  let conn: Connection;
  if (kind === "pglite") conn = connectPglite();
  else {
    const pg = (await import(pathToFileURL(path.join(root, "scripts", "pg-cluster.mjs")).href)) as { startCluster(o: { databases: string[] }): Promise<Cluster> };
    cluster = await pg.startCluster({ databases: ["bench"] });
    conn = connectPostgres(cluster.urlFor("bench"), 4);
  }
  try {
    await migrate(conn);
    await seedReferenceData(conn.db);
    const seeding = performance.now();
    const seeded = await seedReplies(conn);
    console.log(`\n${kind === "pglite" ? "PGlite (in memory)" : "PostgreSQL (throwaway cluster)"}: seeded ${seeded.replies} accepted replies, ${(seeded.characters / 1e6).toFixed(2)} M characters (${Math.round(seeded.characters / seeded.replies)} a reply on average), in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);

    // Where an export's memory goes on the main thread, step by step, each once (before the timings).
    {
      const steps: [string, () => Promise<unknown>][] = [];
      let loaded: Awaited<ReturnType<typeof loadNextDocument>> | undefined;
      let compiled: CompiledReport | undefined;
      steps.push(["load the replies (query)", async () => (loaded = await loadNextDocument(conn.db, 65))]);
      steps.push(["compile", async () => (compiled = compileReport(loaded!.source, "full"))]);
      // The DOCX as it was built before (on this thread), then as the app builds it now (its own thread).
      steps.push(["DOCX (on this thread, as before)", () => buildDocx(docxData(compiled!))]);
      steps.push(["DOCX's data (main thread)", async () => docxData(compiled!)]);
      steps.push(["DOCX (its thread, as the app)", () => renderDocx(compiled!)]);
      steps.push(["PDF's data (JSON)", async () => typstData(compiled!)]);
      steps.push(["PDF (its thread)", () => renderPdf(compiled!)]);
      console.log(`main thread's memory by step${(globalThis as { gc?: unknown }).gc ? " (collected before each)" : " (run with NODE_OPTIONS=--expose-gc to collect before each)"}:`);
      for (const [name, step] of steps) {
        const m = await memoryOf(step);
        console.log(`  ${name.padEnd(34)} heap +${m.heapMb.toFixed(0).padStart(5)} MB (from ${m.heapBeforeMb.toFixed(0)}), RSS +${m.rssMb.toFixed(0).padStart(5)} MB (from ${m.rssBeforeMb.toFixed(0)})`);
      }
      console.log(`  peak RSS of the process so far ${Math.round(process.resourceUsage().maxRSS / 1e3)} MB`);
    }

    const load = await time(runs, () => loadNextDocument(conn.db, 65));
    const compile = await time(runs, async () => compileReport(load.last.source, "full"));
    const report = compile.last;
    const docx = await time(runs, () => renderDocx(report));
    // What the PDF still costs the main thread: the data the template reads (the rest is the PDF thread's).
    const data = await time(runs, async () => typstData(report));
    const rows: [string, { median: number; min: number; max: number; cpu: number }, string][] = [
      ["load the replies (query)", load, `${load.last.source.replies.length} replies`],
      ["compile (pure)", compile, `${report.states.length} States`],
      ["DOCX export", docx, `${(docx.last.length / 1e6).toFixed(2)} MB`],
      ["PDF's data (JSON, main thread)", data, `${(data.last.length / 1e6).toFixed(2)} MB`],
    ];
    const pdfs: { mode: PdfMode; median: number }[] = [];
    for (const mode of modes) {
      const render = pdfRenderer(mode);
      const { value: pdf, max, p99 } = await loopDelay(() => time(runs, () => render(report)));
      pdfs.push({ mode, median: pdf.median });
      rows.push([`PDF export (${mode})`, pdf, `${(pdf.last.length / 1e6).toFixed(2)} MB; main thread's event-loop delay meanwhile: max ${ms(max).trim()}, p99 ${ms(p99).trim()}`]);
    }

    const reviewer = (await conn.db.insert(s.users).values({ email: "reviewer@bench.test", name: "Reviewer", role: "reviewer", passwordHash: "x" }).returning())[0]!;
    const ctx = { db: conn.db, actor: reviewer, now: newYorkTime("2010-07-20T11:00") };
    const issue = await time(1, () => issueReport(ctx, { session: 65, fingerprint: report.fingerprint }));
    rows.push(["issue (one transaction)", issue, `${issue.last.replies} replies published`]);
    const search = await time(runs, () => searchPublished(conn.db, { q: "critical infrastructure" }));
    rows.push(["public search, 20 hits + headlines", search, `${search.last.total} matches`]);
    const filtered = await time(runs, () => searchPublished(conn.db, { q: "confidence escalation", letter: "d", group: "african" }));
    rows.push(["public search, filtered", filtered, `${filtered.last.total} matches`]);

    // The six language versions: fixed texts, names and order in each language; replies in their own.
    for (const locale of LOCALES) {
      const c = await time(runs, async () => compileReport(load.last.source, { edition: "full", locale }));
      const d = await time(runs, () => renderDocx(c.last));
      const pdfNotes: string[] = [];
      for (const mode of modes) {
        const render = pdfRenderer(mode);
        const { value: p, max, p99 } = await loopDelay(() => time(runs, () => render(c.last)));
        pdfNotes.push(`PDF ${modes.length > 1 ? `(${mode}) ` : ""}${ms(p.median).trim()} (CPU ${ms(p.cpu).trim()}, ${(p.last.length / 1e6).toFixed(2)} MB, loop delay max ${ms(max).trim()} p99 ${ms(p99).trim()})`);
      }
      const rss = Math.round(process.memoryUsage().rss / 1e6);
      rows.push([`${locale}: compile / DOCX / PDF`, c, `DOCX ${ms(d.median).trim()} (CPU ${ms(d.cpu).trim()}, ${(d.last.length / 1e6).toFixed(2)} MB), ${pdfNotes.join(", ")}, RSS ${rss} MB`]);
    }

    console.log(`${"step".padEnd(36)} ${"median".padStart(9)} ${"min".padStart(9)} ${"max".padStart(9)} ${"CPU".padStart(9)}   (${runs} runs; issue: 1)`);
    for (const [name, t, note] of rows) console.log(`${name.padEnd(36)} ${ms(t.median)} ${ms(t.min)} ${ms(t.max)} ${ms(t.cpu)}   ${note}`);
    const total = load.median + compile.median + docx.median + pdfs[0]!.median;
    console.log(`${`load + compile + DOCX + PDF (${pdfs[0]!.mode})`.padEnd(36)} ${ms(total)}`);
    // The query is the floor: on a busy machine every figure stretches with it, so compare ratios.
    console.log(`ratios to the query: DOCX ${(docx.median / load.median).toFixed(1)}x, ${pdfs.map((p) => `PDF (${p.mode}) ${(p.median / load.median).toFixed(1)}x`).join(", ")}; peak RSS so far ${Math.round(process.resourceUsage().maxRSS / 1e3)} MB`);
  } finally {
    await conn.close();
    await cluster?.stop();
  }
}

const { dbs, runs, pdf } = options();
for (const kind of dbs) await bench(kind, runs, pdf);
