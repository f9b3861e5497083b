import "server-only";
import { count, desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberStates, outbox } from "@/db/schema";

/** The latest messages of the outbox, newest first, each with its State's name. */
export function listOutbox(db: Executor, limit = 200) {
  return db
    .select({ message: outbox, state: memberStates.name, iso3: memberStates.iso3 })
    .from(outbox)
    .innerJoin(memberStates, eq(memberStates.id, outbox.memberStateId))
    .orderBy(desc(outbox.id))
    .limit(limit);
}

/** How many messages are pending (new or waiting for a retry), sent, and set aside after failing. */
export async function outboxCounts(db: Executor) {
  const rows = await db.select({ status: outbox.status, n: count() }).from(outbox).groupBy(outbox.status);
  const by = Object.fromEntries(rows.map((r) => [r.status, r.n]));
  return { pending: by.pending ?? 0, sent: by.sent ?? 0, failed: by.failed ?? 0 };
}
