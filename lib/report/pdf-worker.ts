import path from "node:path";
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import { errorFields, log } from "@/lib/ops/log";
import { readPdfFonts } from "./fonts";

/**
 * The PDF is typeset on a thread of its own (lib/report/typst-worker.mjs): a report takes the
 * engine 4-10 s of CPU, which on the main thread held up every other request of the instance.
 *
 * - One thread for the process, started with the first PDF (its fonts read then, without blocking,
 *   and kept by the thread), and kept while the process lives; idle, it does not keep the process alive.
 * - One document at a time: the requests queue here, in order. At most MAX_WAITING wait; one more
 *   is refused at once with 503 rather than waiting minutes.
 * - A document that takes longer than the timeout (REPORT_PDF_TIMEOUT_MS, 120 s by default) ends
 *   the thread (a compilation cannot be interrupted otherwise) and is answered 503; so is one whose
 *   thread dies (a crash of the engine). The next document starts a new thread.
 * - An error of the template (Typst's diagnostics) is an ordinary error: a 500, logged, as before.
 *
 * The thread's file is found from the working directory, like the fonts (lib/report/fonts.ts):
 * Next does not bundle it, and `next start`, Vitest and tsx all run from the project's root.
 */
const WORKER_FILE = () => path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "report", "typst-worker.mjs");
const DEFAULT_TIMEOUT_MS = 120_000;
export const MAX_WAITING = 8;

interface Job {
  id: number;
  source: string;
  data: string;
  resolve: (pdf: Buffer) => void;
  reject: (error: unknown) => void;
}
type Reply = { id: number; pdf: Uint8Array; error?: undefined } | { id: number; error: string; pdf?: undefined };

interface State {
  worker: Worker | null;
  /** The document being typeset, and its deadline. */
  running: { job: Job; timer: NodeJS.Timeout } | null;
  /** True while the thread is being started (the fonts being read). */
  starting: boolean;
  waiting: Job[];
  nextId: number;
  /** Threads started so far (the first, then each replacement). */
  started: number;
}

// On globalThis: Next gives each route its own copy of this module; the process has one thread.
const holder = globalThis as typeof globalThis & { __trackerPdfWorker?: State };
const state = (): State => (holder.__trackerPdfWorker ??= { worker: null, running: null, starting: false, waiting: [], nextId: 1, started: 0 });

function timeoutMs(): number {
  const n = Number(process.env.REPORT_PDF_TIMEOUT_MS);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_TIMEOUT_MS;
}

const unavailable = () => new AppError("unavailable");

/** Typeset a Typst document (source + its JSON data) to PDF on the typesetting thread. */
export function typesetPdf(source: string, data: string): Promise<Buffer> {
  const s = state();
  if (s.waiting.length >= MAX_WAITING) {
    log.warn("pdf queue full", { waiting: s.waiting.length });
    return Promise.reject(unavailable());
  }
  return new Promise<Buffer>((resolve, reject) => {
    s.waiting.push({ id: s.nextId++, source, data, resolve, reject });
    void pump();
  });
}

async function pump(): Promise<void> {
  const s = state();
  if (s.running || s.starting || s.waiting.length === 0) return;
  if (!s.worker) {
    s.starting = true;
    try {
      s.worker = await start();
    } catch (error) {
      // The fonts could not be read, or the file is missing: every waiting document fails alike.
      log.error("pdf worker could not start", errorFields(error));
      for (const job of s.waiting.splice(0)) job.reject(error);
      return;
    } finally {
      s.starting = false;
    }
  }
  const job = s.waiting.shift();
  if (!job) return;
  const worker = s.worker;
  const limit = timeoutMs();
  const timer = setTimeout(() => {
    if (s.running?.job !== job) return;
    log.error("pdf timed out", { after: limit, threadId: worker.threadId });
    s.running = null;
    job.reject(unavailable());
    // The compilation cannot be interrupted: the thread goes, and the next document gets a new one.
    forget(worker);
    void worker.terminate();
    void pump();
  }, limit);
  s.running = { job, timer };
  worker.ref();
  worker.postMessage({ id: job.id, source: job.source, data: job.data });
}

async function start(): Promise<Worker> {
  const fonts = await readPdfFonts();
  const s = state();
  const worker = new Worker(WORKER_FILE(), { workerData: { role: "typst", fonts }, name: "typst" });
  s.started++;
  worker.on("message", (reply: Reply) => {
    const running = s.running;
    if (!running || running.job.id !== reply.id) return;
    clearTimeout(running.timer);
    s.running = null;
    worker.unref();
    if (reply.error !== undefined) running.job.reject(new Error(reply.error));
    else running.job.resolve(Buffer.from(reply.pdf.buffer, reply.pdf.byteOffset, reply.pdf.byteLength));
    void pump();
  });
  worker.on("error", (error) => log.error("pdf worker failed", errorFields(error)));
  worker.on("exit", (code) => {
    if (s.worker !== worker) return; // ended on purpose (timeout, stop)
    log.error("pdf worker exited", { code, threadId: worker.threadId });
    forget(worker);
    const running = s.running;
    if (running) {
      clearTimeout(running.timer);
      s.running = null;
      running.job.reject(unavailable());
    }
    void pump();
  });
  worker.unref();
  return worker;
}

function forget(worker: Worker): void {
  const s = state();
  if (s.worker === worker) s.worker = null;
}

/** How many typesetting threads this process has started (the first, then each replacement). */
export function pdfWorkerStarts(): number {
  return state().started;
}

/**
 * Ends the typesetting thread as a crash would (the document it is typesetting, if any, fails with
 * 503): for the tests of that path. The next document starts a new thread.
 */
export async function crashPdfWorkerForTests(): Promise<void> {
  await state().worker?.terminate();
}

/** Whether a document is being typeset now. */
export function pdfWorkerBusy(): boolean {
  return state().running !== null;
}
