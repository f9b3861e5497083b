import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/**
 * Structured logs: one JSON object per line on stdout (stderr for errors), with the request id when
 * there is one. The load balancer sets `x-request-id` (see bench/deadline.ts's HAProxy config);
 * without it an id is generated, so a line in the log and the answer's `x-request-id` header match.
 */
type Level = "debug" | "info" | "warn" | "error";
type Fields = Record<string, unknown>;

const REQUEST_ID_RE = /^[A-Za-z0-9._:\-]{1,128}$/;
const store = new AsyncLocalStorage<{ requestId: string }>();

/** The caller's id when it looks like one (never trust a header blindly into a log), else a new one. */
export function requestIdFrom(headers: Headers | null | undefined): string {
  const given = headers?.get("x-request-id")?.trim();
  return given && REQUEST_ID_RE.test(given) ? given : randomUUID();
}

/** Runs `fn` with a request id every log line inside it carries. */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return store.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return store.getStore()?.requestId;
}

/** An Error as loggable fields: name, message, code and the cause chain; the stack only for 500s. */
export function errorFields(error: unknown, withStack = true): Fields {
  if (!(error instanceof Error)) return { error: String(error) };
  const e = error as Error & { code?: unknown; cause?: unknown };
  // drizzle's "Failed query: …\nparams: …" would put users' ids and draft texts in the log: not the params.
  const out: Fields = { error: e.message.split("\nparams:")[0], errorName: e.name };
  if (e.code !== undefined) out.errorCode = e.code;
  if (e.cause !== undefined) out.cause = errorFields(e.cause, false);
  if (withStack && e.stack) out.stack = e.stack;
  return out;
}

function write(level: Level, msg: string, fields?: Fields) {
  const line: Fields = { time: new Date().toISOString(), level, msg };
  const requestId = currentRequestId();
  if (requestId) line.requestId = requestId;
  Object.assign(line, fields);
  let text: string;
  try {
    text = JSON.stringify(line);
  } catch {
    text = JSON.stringify({ time: line.time, level, msg, requestId, note: "fields not serialisable" });
  }
  (level === "error" || level === "warn" ? process.stderr : process.stdout).write(`${text}\n`);
}

export const log = {
  debug: (msg: string, fields?: Fields) => {
    if (process.env.LOG_LEVEL === "debug") write("debug", msg, fields);
  },
  info: (msg: string, fields?: Fields) => write("info", msg, fields),
  warn: (msg: string, fields?: Fields) => write("warn", msg, fields),
  error: (msg: string, fields?: Fields) => write("error", msg, fields),
};
