import { and, count, eq } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { expertGroupMembers, expertGroups, memberStates, type ExpertGroup, type MemberState } from "@/db/schema";
import { recordAuditBy } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-key";
import { withTransaction, type ServiceContext } from "@/lib/context";
import { newYorkDate } from "@/lib/time";
import { describeFlag, type BalanceCheck } from "./balance";
import { balanceOf } from "./queries";

/** What an edit of the composition returns: the balance check of the new composition. */
export interface CompositionResult {
  balance: BalanceCheck;
  /** Plain sentences for each flagged group, as also written to the audit log. */
  warnings: string[];
}

type Op = "add_member" | "remove_member" | "set_chair" | "set_expert";

/**
 * Opens an edit of the composition (administrators: declared on the Server Action); the group's row is locked for the transaction, so
 * two administrators filling the last seat at the same moment cannot both succeed.
 */
async function open(tx: Transaction, ctx: ServiceContext, groupId: number, iso3: string) {
  const [group] = await tx.select().from(expertGroups).where(eq(expertGroups.id, groupId)).for("update");
  if (!group) throw new AppError("not_found", msg("serverErrors.expertGroup.noSuchGroup"));
  const [state] = await tx.select().from(memberStates).where(eq(memberStates.iso3, iso3));
  if (!state) throw new AppError("not_found", msg("serverErrors.unknownState"), { fieldErrors: { iso3: [msg("serverErrors.unknownState")] } });
  const [membership] = await tx
    .select()
    .from(expertGroupMembers)
    .where(and(eq(expertGroupMembers.expertGroupId, group.id), eq(expertGroupMembers.memberStateId, state.id)));
  return { group, state, membership: membership ?? null };
}

async function finish(tx: Transaction, ctx: ServiceContext, group: ExpertGroup, state: MemberState, op: Op, details: Record<string, unknown>): Promise<CompositionResult> {
  const balance = await balanceOf(tx, group.id, group.seats, ctx.now);
  const warnings = balance.flagged.map(describeFlag).filter((w): w is string => w !== null);
  await recordAuditBy(tx, ctx, {
    action: `expert_group.${op}`,
    entityType: "expert_group",
    entityId: String(group.id),
    memberStateId: state.id,
    details: { iso3: state.iso3, ...details, seats: group.seats, filled: balance.filled, balanceWarnings: warnings },
  });
  return { balance, warnings };
}

/** Adds a Member State to the group (a seat must be free, the State a Member on the app's today). */
export function addMember(ctx: ServiceContext, input: { groupId: number; iso3: string; expertName?: string | null }): Promise<CompositionResult> {
  return withTransaction(ctx, async (tx) => {
    const { group, state, membership } = await open(tx, ctx, input.groupId, input.iso3);
    if (membership) throw new AppError("conflict", msg("serverErrors.expertGroup.alreadyMember", { stateIso3: state.iso3 }), { fieldErrors: { iso3: [msg("serverErrors.expertGroup.alreadyMember", { stateIso3: state.iso3 })] } });
    if (state.admittedOn > newYorkDate(ctx.now)) {
      throw new AppError("invalid", msg("serverErrors.expertGroup.notYetMember", { stateIso3: state.iso3 }), { fieldErrors: { iso3: [msg("serverErrors.expertGroup.notYetMember", { stateIso3: state.iso3 })] } });
    }
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(expertGroupMembers).where(eq(expertGroupMembers.expertGroupId, group.id));
    if (n >= group.seats) {
      throw new AppError("invalid", msg("serverErrors.expertGroup.seatsFilled", { seats: group.seats }), { fieldErrors: { iso3: [msg("serverErrors.expertGroup.seatsFilled", { seats: group.seats })] } });
    }
    const expertName = input.expertName?.trim() || null;
    await tx.insert(expertGroupMembers).values({ expertGroupId: group.id, memberStateId: state.id, expertName });
    return finish(tx, ctx, group, state, "add_member", { expertName });
  });
}

export function removeMember(ctx: ServiceContext, input: { groupId: number; iso3: string }): Promise<CompositionResult> {
  return withTransaction(ctx, async (tx) => {
    const { group, state, membership } = await open(tx, ctx, input.groupId, input.iso3);
    if (!membership) throw new AppError("not_found", msg("serverErrors.expertGroup.notMember", { stateIso3: state.iso3 }));
    await tx.delete(expertGroupMembers).where(eq(expertGroupMembers.id, membership.id));
    return finish(tx, ctx, group, state, "remove_member", { wasChair: membership.isChair, expertName: membership.expertName });
  });
}

/** Makes a member's expert the Chair; the group has one Chair at most. */
export function setChair(ctx: ServiceContext, input: { groupId: number; iso3: string }): Promise<CompositionResult> {
  return withTransaction(ctx, async (tx) => {
    const { group, state, membership } = await open(tx, ctx, input.groupId, input.iso3);
    if (!membership) throw new AppError("invalid", msg("serverErrors.expertGroup.notMemberAddFirst", { stateIso3: state.iso3 }));
    await tx.update(expertGroupMembers).set({ isChair: false }).where(eq(expertGroupMembers.expertGroupId, group.id));
    await tx.update(expertGroupMembers).set({ isChair: true }).where(eq(expertGroupMembers.id, membership.id));
    return finish(tx, ctx, group, state, "set_chair", {});
  });
}

/** Records (or clears) the name of a member State's expert. */
export function setExpertName(ctx: ServiceContext, input: { groupId: number; iso3: string; expertName: string | null }): Promise<CompositionResult> {
  return withTransaction(ctx, async (tx) => {
    const { group, state, membership } = await open(tx, ctx, input.groupId, input.iso3);
    if (!membership) throw new AppError("invalid", msg("serverErrors.expertGroup.notMember", { stateIso3: state.iso3 }));
    const expertName = input.expertName?.trim() || null;
    // A name entered by the Secretariat replaces the seed's note that it was unknown.
    await tx.update(expertGroupMembers).set({ expertName, assumption: null }).where(eq(expertGroupMembers.id, membership.id));
    return finish(tx, ctx, group, state, "set_expert", { from: membership.expertName, to: expertName });
  });
}
