import postgres from "postgres";
import { reconnectBackoff } from "@/db/reconnect-backoff";
import { isDatabaseUnavailable } from "./db-health";

/**
 * What this server process knows of a database outage, shared by the request-error hook and the proxy.
 *
 * A page that finds the database away fails like any page (its error boundary, status 500): Next.js has no
 * way for a Server Component to answer 503. So the first such failure is noted here, and from then on the
 * proxy asks the database itself (one `select 1`, shared by every request of the same second) before it
 * lets a page render: while the answer is no, pages get a short 503 with Retry-After instead of an error,
 * and the first yes lifts the note. Nothing of this runs while the database answers.
 *
 * The note lives on globalThis because the proxy and the app are bundled apart but run in one process.
 */
const NOTE = Symbol.for("un-62-17-tracker.database-outage");
const PROBE_CLIENT = Symbol.for("un-62-17-tracker.database-probe");
const PROBE_TTL_MS = 1_000;

interface OutageNote {
  since: number;
  probe?: { at: number; answer: Promise<boolean> };
}

const registry = globalThis as typeof globalThis & { [NOTE]?: OutageNote; [PROBE_CLIENT]?: postgres.Sql };

/** Called with every error a request raised: notes an outage when the error says the database is away. */
export function noteRequestError(error: unknown): void {
  if (isDatabaseUnavailable(error) && !registry[NOTE]) registry[NOTE] = { since: Date.now() };
}

export function outageNotedSince(): number | null {
  return registry[NOTE]?.since ?? null;
}

/** For tests. */
export function clearOutageNote(): void {
  delete registry[NOTE];
}

function probeClient(url: string): postgres.Sql {
  registry[PROBE_CLIENT] ??= postgres(url, { max: 1, connect_timeout: 2, idle_timeout: 5, onnotice: () => {}, backoff: reconnectBackoff });
  return registry[PROBE_CLIENT];
}

/**
 * Whether pages can render: true when no outage is noted (no query at all), or when the database answers
 * the probe again (the note is lifted). Only PostgreSQL can be away; the embedded database cannot.
 */
export async function databaseAnswers(url = process.env.DATABASE_URL): Promise<boolean> {
  const note = registry[NOTE];
  if (!note || !url) return true;
  const now = Date.now();
  if (!note.probe || now - note.probe.at > PROBE_TTL_MS) {
    const client = probeClient(url);
    const answer = Promise.race([
      client`select 1`.then(() => true, () => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2_500).unref()),
    ]);
    note.probe = { at: now, answer };
  }
  const up = await note.probe.answer;
  if (up && registry[NOTE] === note) delete registry[NOTE];
  return up;
}
