import type postgres from "postgres";
import { isDatabaseUnavailable } from "@/lib/ops/db-health";

/**
 * A read that meets a lost connection is asked again, a few times over about a second and a half:
 * when PostgreSQL restarts (`pg_ctl restart -m fast` ends every connection at once) the page that
 * was rendering then renders once the server is back, instead of failing. Only statements that
 * change nothing are asked again; a write may have been done before its connection went, so it
 * fails as it is (the editor says "not saved, retrying" and sends it again itself). Statements of a
 * transaction run on their own connection (`begin`) and are never asked again here.
 */
export const READ_RETRY_DELAYS_MS = [100, 200, 400, 800] as const;

const READ_ONLY = /^\s*(?:select|with)\b/i;
// "for update" and "for share" are caught by their verbs; functions with side effects by name.
const WRITES = /\b(?:insert|update|delete|merge|share|nextval|setval|pg_advisory_\w+|pg_notify)\b/i;

/** Whether a statement's text only reads (its values are parameters, so the words are SQL's own). */
export function isReadOnlyStatement(text: string): boolean {
  return READ_ONLY.test(text) && !WRITES.test(text);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Unsafe = postgres.Sql["unsafe"];

/** What drizzle does with `client.unsafe(...)`: awaits it, or its `.values()`. */
class RetriedRead implements PromiseLike<unknown> {
  constructor(private readonly send: (values: boolean) => Promise<unknown>) {}
  values(): Promise<unknown> {
    return this.send(true);
  }
  then<A = unknown, B = never>(onFulfilled?: ((value: unknown) => A | PromiseLike<A>) | null, onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<A | B> {
    return this.send(false).then(onFulfilled, onRejected);
  }
}

/** The client, with `unsafe` (the way drizzle sends every statement) asking reads again after a lost connection. */
export function retryingReads<T extends postgres.Sql>(client: T, delays: readonly number[] = READ_RETRY_DELAYS_MS): T {
  const unsafe: Unsafe = client.unsafe;
  const retrying = ((text: string, params?: Parameters<Unsafe>[1], options?: Parameters<Unsafe>[2]) => {
    if (!isReadOnlyStatement(text)) return unsafe(text, params, options);
    return new RetriedRead(async (values) => {
      for (let attempt = 0; ; attempt += 1) {
        try {
          const query = unsafe(text, params, options);
          return await (values ? query.values() : query);
        } catch (error) {
          if (attempt >= delays.length || !isDatabaseUnavailable(error)) throw error;
          await sleep(delays[attempt]!);
        }
      }
    });
  }) as unknown as Unsafe;
  return new Proxy(client, { get: (target, key, receiver) => (key === "unsafe" ? retrying : Reflect.get(target, key, receiver)) });
}
