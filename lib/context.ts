import { PgTransaction } from "drizzle-orm/pg-core";
import type { Database, Executor, Transaction } from "@/db/client";
import type { Actor } from "@/lib/permissions";

/** A job that acts without a user account: the reminder run, the seed, an operator's script. */
export interface SystemActor {
  kind: "system";
  /** Which job, for logs (e.g. "reminders", "user:create"). */
  job: string;
}

/** Who acts, on which database, at which moment (the app's clock): every service takes one. */
export interface ServiceContext<A extends Actor | SystemActor = Actor> {
  /** The database, or the caller's transaction: a service joins it instead of opening its own. */
  db: Executor;
  actor: A;
  now: Date;
}

/** A context outside any transaction: what a request or a job starts from. */
export type TopLevelContext<A extends Actor | SystemActor = Actor> = ServiceContext<A> & { db: Database };

/** A context for a job run by the system, not by a signed-in user. */
export function systemContext<D extends Executor>(db: D, job: string, now: Date = new Date()): ServiceContext<SystemActor> & { db: D } {
  return { db, actor: { kind: "system", job }, now };
}

export function isSystemActor(actor: Actor | SystemActor): actor is SystemActor {
  return "kind" in actor && actor.kind === "system";
}

/** The user an audit event names: none for a system job. */
export function auditActorId(actor: Actor | SystemActor): string | null {
  return isSystemActor(actor) ? null : actor.id;
}

export function isTransaction(db: Executor): db is Transaction {
  return db instanceof PgTransaction;
}

/**
 * Runs `run` in a transaction: the caller's one when ctx.db already is a transaction (the service's
 * writes then commit or roll back with the caller's), a new one otherwise.
 */
export function withTransaction<A extends Actor | SystemActor, T>(ctx: ServiceContext<A>, run: (tx: Transaction) => Promise<T>): Promise<T> {
  if (isTransaction(ctx.db)) return run(ctx.db);
  return (ctx.db as Database).transaction(run);
}
