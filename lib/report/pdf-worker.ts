import { readPdfFonts } from "./fonts";
import { workerQueue } from "./worker-queue";

/**
 * The PDF is typeset on a thread of its own (lib/report/typst-worker.mjs, run by
 * lib/report/worker-queue.ts): a report takes the engine 4-10 s of CPU, which on the main thread held
 * up every other request of the instance. The thread reads the fonts once, when the first PDF is
 * asked for, and is kept while the process lives. At most MAX_WAITING documents wait; a document that
 * takes longer than REPORT_PDF_TIMEOUT_MS (120 s by default) or whose thread dies is answered 503; an
 * error of the template (Typst's diagnostics) is an ordinary error, a 500.
 */
export const MAX_WAITING = 8;

const pdf = workerQueue({
  name: "typst",
  file: "typst-worker.mjs",
  workerData: async () => ({ role: "typst", fonts: await readPdfFonts() }),
  timeoutEnv: "REPORT_PDF_TIMEOUT_MS",
  defaultTimeoutMs: 120_000,
  maxWaiting: MAX_WAITING,
  // The engine's layout lives outside the JavaScript heap; the heap holds the data (a few MB) and the fonts' handles.
  heapMb: 256,
});

/** Typeset a Typst document (source + its JSON data) to PDF on the typesetting thread. */
export function typesetPdf(source: string, data: string): Promise<Buffer> {
  return pdf.run({ source, data });
}

/** How many typesetting threads this process has started (the first, then each replacement). */
export const pdfWorkerStarts = (): number => pdf.starts();

/** Ends the typesetting thread as a crash would (the document it is typesetting, if any, fails with 503): for the tests. */
export const crashPdfWorkerForTests = (): Promise<void> => pdf.crashForTests();

/** Whether a document is being typeset now. */
export const pdfWorkerBusy = (): boolean => pdf.busy();
