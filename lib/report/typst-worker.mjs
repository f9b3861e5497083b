// The PDF's typesetter, on a thread of its own. Plain JavaScript on purpose: Next never bundles
// this file (lib/report/worker-queue.ts starts it from the file system), and Node, Vitest and tsx
// load it as it is. It is also imported on the main thread by bench/report.ts, for the comparison.
import { isMainThread, parentPort, workerData } from "node:worker_threads";
import typst from "@myriaddreamin/typst-ts-node-compiler";

/**
 * A typesetter holding one compiler, created with the fonts once. Typst memoises layout in a global
 * cache; a report is never typeset twice from the same data, so the cache is emptied after each
 * document (kept, it grew by the size of a layout, 400-500 MB, per version).
 * @param {Uint8Array[]} fonts
 * @returns {(source: string, data: string) => Uint8Array}
 */
export function createTypesetter(fonts) {
  const compiler = typst.NodeCompiler.create({ fontArgs: [{ fontBlobs: fonts.map((f) => Buffer.from(f.buffer, f.byteOffset, f.byteLength)) }] });
  return (source, data) => {
    const args = { mainFileContent: source, inputs: { data } };
    try {
      // Compiled and exported in one call: the laid-out document (hundreds of megabytes in the
      // engine) never becomes a JavaScript object, which the garbage collector would free only much later.
      // Untagged: the tags made the 193-State report 8 MB instead of 2.4 MB (see lib/report/pdf.ts).
      return compiler.pdf(args, { pdfTags: false });
    } catch (e) {
      // That call says only "Error": compile again, on this rare path, for the engine's diagnostics.
      const result = compiler.compile(args);
      const diagnostics = result.hasError() ? compiler.fetchDiagnostics(result.takeDiagnostics()) : [];
      throw new Error(`The report could not be typeset: ${JSON.stringify(diagnostics).slice(0, 2000)}`, { cause: e });
    } finally {
      compiler.evictCache(0);
    }
  };
}

// Started by lib/report/pdf-worker.ts (through lib/report/worker-queue.ts): the fonts arrive once,
// with the thread; then one document at a time, { id, source, data } in, { id, bytes } or { id, error } out.
if (!isMainThread && parentPort && workerData?.role === "typst") {
  const port = parentPort;
  const typeset = createTypesetter(workerData.fonts);
  port.on("message", ({ id, source, data }) => {
    let bytes;
    try {
      // Copied out of the engine's buffer into one the thread can hand over without a copy.
      bytes = new Uint8Array(typeset(source, data));
    } catch (e) {
      port.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
      return;
    }
    port.postMessage({ id, bytes }, [bytes.buffer]);
  });
}
