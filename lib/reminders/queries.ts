import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { memberStates, outbox } from "@/db/schema";

/** The latest messages of the outbox, newest first, each with its State's name. */
export function listOutbox(db: Executor, limit = 200) {
  return db
    .select({ message: outbox, state: memberStates.name })
    .from(outbox)
    .innerJoin(memberStates, eq(memberStates.id, outbox.memberStateId))
    .orderBy(desc(outbox.id))
    .limit(limit);
}
