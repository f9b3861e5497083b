import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { memberStates, reportingCycles, requestedItems, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";

let counter = 0;

export async function stateByIso3(db: Database, iso3: string) {
  const [state] = await db.select().from(memberStates).where(eq(memberStates.iso3, iso3));
  if (!state) throw new Error(`no state ${iso3}`);
  return state;
}

export async function cycleFor(db: Database, session: number) {
  const [cycle] = await db.select().from(reportingCycles).where(eq(reportingCycles.targetSession, session));
  if (!cycle) throw new Error(`no cycle ${session}`);
  return cycle;
}

export async function itemsOf(db: Database, resolutionId: number) {
  return db.select().from(requestedItems).where(eq(requestedItems.resolutionId, resolutionId)).orderBy(requestedItems.letter);
}

/** A user with a unique email; delegation users need a State. */
export async function makeUser(
  db: Database,
  opts: { role: "delegation" | "reviewer" | "admin"; iso3?: string; password?: string; disabled?: boolean },
) {
  // Taken before the first await: users made at once (Promise.all) each get their own number.
  const n = (counter += 1);
  const memberStateId = opts.iso3 ? (await stateByIso3(db, opts.iso3)).id : null;
  const email = `user${n}-${Date.now()}@test.example`;
  const [user] = await db
    .insert(users)
    .values({
      email,
      name: `Test user ${n}`,
      role: opts.role,
      memberStateId,
      passwordHash: await hashPassword(opts.password ?? "correct horse battery staple"),
      disabledAt: opts.disabled ? new Date() : null,
    })
    .returning();
  return user!;
}
