import "server-only";
import { asc, eq, lte } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { expertGroupMembers, memberStates } from "@/db/schema";
import { newYorkDate } from "@/lib/time";
import { checkBalance, type BalanceCheck, type StateInGroups } from "./balance";

const stateColumns = {
  iso3: memberStates.iso3,
  name: memberStates.name,
  regionalGroup: memberStates.regionalGroup,
  electoralGroup: memberStates.electoralGroup,
  alsoListedIn: memberStates.alsoListedIn,
  groupNote: memberStates.groupNote,
};

/** The Members of the United Nations on a date (admitted on or before it). */
export function listMembershipOn(db: Executor, isoDate: string): Promise<StateInGroups[]> {
  return db.select(stateColumns).from(memberStates).where(lte(memberStates.admittedOn, isoDate)).orderBy(asc(memberStates.name));
}

export async function listGroupMembers(db: Executor, expertGroupId: number) {
  return db
    .select({ ...stateColumns, id: expertGroupMembers.id, memberStateId: memberStates.id, expertName: expertGroupMembers.expertName, isChair: expertGroupMembers.isChair, assumption: expertGroupMembers.assumption })
    .from(expertGroupMembers)
    .innerJoin(memberStates, eq(memberStates.id, expertGroupMembers.memberStateId))
    .where(eq(expertGroupMembers.expertGroupId, expertGroupId))
    .orderBy(asc(memberStates.name));
}

/** The balance of a group's composition against the membership on the app's today. */
export async function balanceOf(db: Executor, expertGroupId: number, seats: number, now: Date): Promise<BalanceCheck> {
  const [members, membership] = await Promise.all([listGroupMembers(db, expertGroupId), listMembershipOn(db, newYorkDate(now))]);
  return checkBalance(members, membership, seats);
}

/** Everything the expert group page shows, latest group first. */
export async function getExpertGroupsView(db: Executor, now: Date) {
  const [groups, membership] = await Promise.all([
    db.query.expertGroups.findMany({
      orderBy: (g, { desc }) => desc(g.establishedYear),
      with: {
        resolution: {
          columns: { symbol: true, number: true },
          // Paragraph 4 asks for the study; paragraph 2 names the concepts it covers.
          with: { paragraphs: { where: (p, { inArray }) => inArray(p.number, [2, 4]), orderBy: (p, { asc }) => asc(p.number) } },
        },
        sessions: { orderBy: (s, { asc }) => asc(s.number) },
      },
    }),
    listMembershipOn(db, newYorkDate(now)),
  ]);
  return Promise.all(
    groups.map(async ({ resolution, sessions, ...group }) => {
      const members = await listGroupMembers(db, group.id);
      return {
        group,
        resolutionSymbol: resolution.symbol,
        resolutionNumber: resolution.number,
        members,
        chair: members.find((m) => m.isChair) ?? null,
        sessions,
        mandate: resolution.paragraphs,
        balance: checkBalance(members, membership, group.seats),
      };
    }),
  );
}

export type ExpertGroupView = Awaited<ReturnType<typeof getExpertGroupsView>>[number];
