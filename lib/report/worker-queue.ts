import path from "node:path";
import { Worker, type TransferListItem } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import { errorFields, log } from "@/lib/ops/log";

/**
 * A kind of job that runs on a thread of its own (the PDF's typesetting, the DOCX's build), so that
 * neither its CPU nor its memory is the main thread's: the main thread's heap stays small enough for
 * the server's default old-space cap (lib/server-memory.mjs), and a big document cannot end the server.
 *
 * - One thread per kind for the process, started with the first job (its start-up data read then,
 *   without blocking), and kept while the process lives, or until it has been idle `idleMs`; idle, it
 *   does not keep the process alive.
 * - Its heap is capped (`heapMb`, Node's resourceLimits): a job that outgrows it ends the thread, not
 *   the process.
 * - One job at a time: the requests queue here, in order. At most `maxWaiting` wait; one more is
 *   refused at once with 503 ("unavailable") rather than waiting minutes.
 * - A job that takes longer than the timeout (env `timeoutEnv`, `defaultTimeoutMs` otherwise) ends the
 *   thread (a job cannot be interrupted otherwise) and is answered 503; so is one whose thread dies (a
 *   crash of the engine, the heap's cap). The next job starts a new thread.
 * - An error the job reports (a template's diagnostics) is an ordinary error: a 500, logged.
 *
 * The thread's file is plain JavaScript under lib/report, found from the working directory: Next does
 * not bundle it, and `next start`, Vitest and tsx all run from the project's root.
 *
 * The protocol: the thread gets `workerData` once, then messages `{ id, ...job }`, and answers
 * `{ id, bytes }` (a Uint8Array, transferred) or `{ id, error }` (a message).
 */
export interface WorkerKind {
  /** The thread's name, and the logs' ("pdf", "docx"). */
  name: string;
  /** The thread's file, under lib/report. */
  file: string;
  /** The data the thread starts with (read when the first job arrives). */
  workerData: () => Promise<unknown>;
  timeoutEnv: string;
  defaultTimeoutMs: number;
  maxWaiting: number;
  /** The thread's old-space cap, in MB. */
  heapMb: number;
  /** An idle thread ends after this long (its heap freed), or after env `idleEnv` ms; none: it is kept. */
  idleMs?: number;
  idleEnv?: string;
}

interface Job {
  id: number;
  message: Record<string, unknown>;
  transfer: readonly TransferListItem[];
  resolve: (bytes: Buffer) => void;
  reject: (error: unknown) => void;
}
type Reply = { id: number; bytes: Uint8Array; error?: undefined } | { id: number; error: string; bytes?: undefined };

interface State {
  worker: Worker | null;
  /** The job running, and its deadline. */
  running: { job: Job; timer: NodeJS.Timeout } | null;
  /** True while the thread is being started (its data being read). */
  starting: boolean;
  waiting: Job[];
  nextId: number;
  /** Threads started so far (the first, then each replacement). */
  started: number;
  idle: NodeJS.Timeout | null;
}

export interface WorkerQueue {
  /** Runs a job on the kind's thread: its bytes, or AppError "unavailable" (queue full, timeout, thread died). */
  run(message: Record<string, unknown>, transfer?: readonly TransferListItem[]): Promise<Buffer>;
  /** How many threads this process has started for the kind (the first, then each replacement). */
  starts(): number;
  /** Whether a job is running now. */
  busy(): boolean;
  /** Whether the kind has a thread now. */
  alive(): boolean;
  /** Ends the thread as a crash would (the job running, if any, fails with 503): for the tests. */
  crashForTests(): Promise<void>;
}

// On globalThis: Next gives each route its own copy of this module; the process has one thread per kind.
const holder = globalThis as typeof globalThis & { __trackerWorkers?: Map<string, State> };

const unavailable = () => new AppError("unavailable");

export function workerQueue(kind: WorkerKind): WorkerQueue {
  const state = (): State => {
    const all = (holder.__trackerWorkers ??= new Map());
    let s = all.get(kind.name);
    if (!s) all.set(kind.name, (s = { worker: null, running: null, starting: false, waiting: [], nextId: 1, started: 0, idle: null }));
    return s;
  };

  const timeoutMs = (): number => {
    const n = Number(process.env[kind.timeoutEnv]);
    return Number.isFinite(n) && n > 0 ? n : kind.defaultTimeoutMs;
  };

  function run(message: Record<string, unknown>, transfer: readonly TransferListItem[] = []): Promise<Buffer> {
    const s = state();
    if (s.waiting.length >= kind.maxWaiting) {
      log.warn(`${kind.name} queue full`, { waiting: s.waiting.length });
      return Promise.reject(unavailable());
    }
    return new Promise<Buffer>((resolve, reject) => {
      s.waiting.push({ id: s.nextId++, message, transfer, resolve, reject });
      void pump();
    });
  }

  async function pump(): Promise<void> {
    const s = state();
    if (s.running || s.starting) return;
    if (s.waiting.length === 0) {
      idleLater();
      return;
    }
    if (s.idle) clearTimeout(s.idle);
    s.idle = null;
    if (!s.worker) {
      s.starting = true;
      try {
        s.worker = await start();
      } catch (error) {
        // The start-up data could not be read, or the file is missing: every waiting job fails alike.
        log.error(`${kind.name} worker could not start`, errorFields(error));
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
      log.error(`${kind.name} timed out`, { after: limit, threadId: worker.threadId });
      s.running = null;
      job.reject(unavailable());
      // The job cannot be interrupted: the thread goes, and the next job gets a new one.
      forget(worker);
      void worker.terminate();
      void pump();
    }, limit);
    s.running = { job, timer };
    worker.ref();
    worker.postMessage({ ...job.message, id: job.id }, job.transfer);
  }

  /** An idle thread of a kind with `idleMs` ends then: its heap (and what the engine kept) goes with it. */
  function idleLater(): void {
    const s = state();
    const worker = s.worker;
    const fromEnv = kind.idleEnv ? Number(process.env[kind.idleEnv]) : NaN;
    const idleMs = Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : kind.idleMs;
    if (!idleMs || !worker || s.idle) return;
    s.idle = setTimeout(() => {
      s.idle = null;
      if (s.worker !== worker || s.running || s.waiting.length > 0) return;
      forget(worker);
      void worker.terminate();
    }, idleMs);
    s.idle.unref();
  }

  async function start(): Promise<Worker> {
    const workerData = await kind.workerData();
    const s = state();
    const file = path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "report", kind.file);
    const worker = new Worker(file, { workerData, name: kind.name, resourceLimits: { maxOldGenerationSizeMb: kind.heapMb } });
    s.started++;
    worker.on("message", (reply: Reply) => {
      const running = s.running;
      if (!running || running.job.id !== reply.id) return;
      clearTimeout(running.timer);
      s.running = null;
      worker.unref();
      if (reply.error !== undefined) running.job.reject(new Error(reply.error));
      else running.job.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
      void pump();
    });
    worker.on("error", (error) => log.error(`${kind.name} worker failed`, errorFields(error)));
    worker.on("exit", (code) => {
      if (s.worker !== worker) return; // ended on purpose (timeout, idle)
      log.error(`${kind.name} worker exited`, { code, threadId: worker.threadId });
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

  return {
    run,
    starts: () => state().started,
    busy: () => state().running !== null,
    alive: () => state().worker !== null,
    crashForTests: async () => {
      await state().worker?.terminate();
    },
  };
}
