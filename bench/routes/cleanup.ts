import type { AutocannonInstance } from "./modules";
import { BenchError } from "./options";
import { errorMessage } from "./processes";

// Cleanup: everything we start registers a stopper here; signals and errors run them all.

export interface Cleanup {
  name: string;
  run: () => Promise<void> | void;
  /** For the process "exit" event, where nothing asynchronous runs any more. */
  runSync: () => void;
  running?: Promise<void>;
  finished?: boolean;
}
const cleanups: Cleanup[] = [];
let currentLoad: AutocannonInstance | undefined;
let interrupted: NodeJS.Signals | undefined;

/** The load running now, stopped at once by a signal. */
export function setCurrentLoad(instance: AutocannonInstance | undefined): void {
  currentLoad = instance;
}

/** The signal that interrupted the bench, if one did. */
export function interruptedBy(): NodeJS.Signals | undefined {
  return interrupted;
}

export function addCleanup(cleanup: Cleanup): Cleanup {
  cleanups.push(cleanup);
  return cleanup;
}

/** Runs a cleanup once; a second caller waits for the first. */
function runCleanup(c: Cleanup): Promise<void> {
  c.running ??= (async () => {
    try {
      await c.run();
    } catch (error) {
      console.error(`[bench] stopping ${c.name} failed: ${errorMessage(error)}`);
    } finally {
      c.finished = true;
      const index = cleanups.indexOf(c);
      if (index >= 0) cleanups.splice(index, 1);
    }
  })();
  return c.running;
}

/** Runs the given cleanups (default: all), newest first. */
export async function runCleanups(list: Cleanup[] = [...cleanups]): Promise<void> {
  for (const c of [...list].reverse()) await runCleanup(c);
}

process.on("exit", () => {
  // Last resort (e.g. a second Ctrl-C): synchronous, best effort.
  for (const c of [...cleanups].reverse()) {
    if (c.finished) continue;
    try {
      c.runSync();
    } catch {
      // ignore: the process is exiting
    }
  }
});

const SIGNAL_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
const SIGNALS = Object.keys(SIGNAL_CODES) as NodeJS.Signals[];
let interruptedAt = 0;
for (const signal of SIGNALS) {
  process.on(signal, () => {
    // npm, tsx and `timeout` relay the signal a terminal already sent to our group: ignore echoes.
    if (interrupted && Date.now() - interruptedAt < 2_000) return;
    if (interrupted) {
      console.error(`\n[bench] second ${signal}: exiting now`);
      process.exit(SIGNAL_CODES[signal]);
    }
    interrupted = signal;
    interruptedAt = Date.now();
    console.error(`\n[bench] ${signal}: stopping the server and the database`);
    currentLoad?.stop();
    void runCleanups().finally(() => process.exit(SIGNAL_CODES[signal]));
  });
}

export function checkInterrupted(): void {
  if (interrupted) throw new BenchError(`interrupted by ${interrupted}`);
}
