import { LOCALE_INFO, type Locale } from "@/lib/i18n/locales";
import { markdownToBlocks, type Block } from "./blocks";
import { frontMatter, type FrontMatter } from "./helpers";
import type { CompiledReport, IntroBlock } from "./types";
import { workerQueue } from "./worker-queue";

/**
 * The report as a Word document (built by lib/report/docx-worker.mjs, which says how it looks), on a
 * thread of its own: the `docx` package holds the whole document as objects, then as XML, about
 * 100 MB of heap for 193 States x 4 replies, which on the main thread made the server's heap (and its
 * resident memory) as big as its biggest export. Here only the data is prepared: plain values, the
 * replies' Markdown parsed into blocks (markdown-it is the app's), each item's direction decided.
 */
export interface DocxData extends FrontMatter {
  rtl: boolean;
  noRepliesLine: string;
  restrictedLabel: string;
  introduction: { heading: string; blocks: IntroBlock[] };
  repliesHeading: string;
  states: { name: string; originalLine: string; receivedLine: string; items: { heading: string | null; rtl: boolean; restricted: boolean; blocks: Block[] }[] }[];
}

export function docxData(report: CompiledReport): DocxData {
  return {
    rtl: report.dir === "rtl",
    ...frontMatter(report),
    noRepliesLine: report.noRepliesLine,
    restrictedLabel: report.restrictedLabel,
    introduction: report.sections.introduction,
    repliesHeading: report.sections.replies.heading,
    states: report.states.map((state) => ({
      name: state.name,
      originalLine: state.originalLine,
      receivedLine: state.receivedLine,
      items: state.items.map((item) => ({
        heading: item.heading,
        rtl: LOCALE_INFO[item.language as Locale]?.dir === "rtl",
        restricted: item.restricted,
        blocks: item.isNilReply ? [{ kind: "paragraph", runs: [{ text: item.body }] }] : markdownToBlocks(item.body),
      })),
    })),
  };
}

export const DOCX_MAX_WAITING = 8;

const docx = workerQueue({
  name: "docx",
  file: "docx-worker.mjs",
  workerData: async () => ({ role: "docx" }),
  timeoutEnv: "REPORT_DOCX_TIMEOUT_MS",
  defaultTimeoutMs: 120_000,
  maxWaiting: DOCX_MAX_WAITING,
  // About 100 MB at the peak for 193 States x 4 replies of 2,500 characters; room for replies ten times as long.
  heapMb: 1024,
  // Between exports the thread goes, and its heap with it.
  idleMs: 30_000,
  idleEnv: "REPORT_DOCX_IDLE_MS",
});

/**
 * The Word document of a compiled report, built on the DOCX thread, one document at a time; a thread
 * that dies (its heap's cap reached) or a document that takes too long is answered with AppError
 * "unavailable" (503).
 */
export function renderDocx(report: CompiledReport): Promise<Buffer> {
  return docx.run({ data: docxData(report) });
}

/** How many DOCX threads this process has started (the first, then each replacement). */
export const docxWorkerStarts = (): number => docx.starts();

/** Whether a document is being built now. */
export const docxWorkerBusy = (): boolean => docx.busy();

/** Whether the process has a DOCX thread now (it ends when idle). */
export const docxWorkerAlive = (): boolean => docx.alive();

/** Ends the DOCX thread as a crash would: for the tests. */
export const crashDocxWorkerForTests = (): Promise<void> => docx.crashForTests();
