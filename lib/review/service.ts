import { and, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { deadlineExtensions, memberStates, reportingCycles, requestedItems, reviewComments, reviewerAssignments, submissions, users } from "@/db/schema";
import { recordAuditBy, recordAudits } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { withTransaction, type ServiceContext } from "@/lib/context";
import { ensureSubmission, resolveItemRef, submissionAuditRef } from "@/lib/submissions/refs";
import { newYorkTime } from "@/lib/time";
import type { ItemRef } from "@/lib/validation/submission";
import { decide } from "@/lib/workflow";
import { msg } from "@/lib/i18n/message-key";

/**
 * A reviewer's move on a reply: start review, return (with a reason the delegation reads), accept,
 * publish. The workflow decides; the status is checked in the UPDATE itself, so two reviewers
 * acting at once cannot both move the same reply.
 */
export async function reviewTransition(ctx: ServiceContext, input: ItemRef & { action: "start_review" | "return" | "accept" | "publish"; reason?: string }) {
  return withTransaction(ctx, async (tx) => {
    const resolved = await resolveItemRef(tx, input);
    // Once the report is issued the replies can no longer change, but the Secretariat still reviews
    // those received before it, for the addenda. Returning one would ask for an edit nobody can make.
    if (resolved.cycle.closedAt && input.action === "return") {
      throw new AppError("closed", msg("serviceErrors.cycleClosedRevise"));
    }
    const current = await ensureSubmission(tx, resolved);
    const decision = decide(ctx.actor.role, current.status, input.action);
    if (!decision.ok) throw new AppError("conflict", decision.reason);
    if (input.action === "return" && !input.reason) {
      throw new AppError("invalid", msg("serviceErrors.sayWhatToRevise"), { fieldErrors: { reason: [msg("serviceErrors.sayWhatToRevise")] } });
    }
    const [updated] = await tx
      .update(submissions)
      .set({
        status: decision.to,
        ...(input.action === "publish" && { publishedAt: ctx.now }),
        // Whoever takes a reply into review becomes its reviewer unless one is assigned.
        ...(input.action === "start_review" && !current.reviewerId && { reviewerId: ctx.actor.id }),
      })
      .where(and(eq(submissions.id, current.id), eq(submissions.status, current.status)))
      .returning();
    if (!updated) throw new AppError("conflict", msg("serviceErrors.statusChanged"));
    if (input.reason) {
      await tx.insert(reviewComments).values({ submissionId: current.id, authorId: ctx.actor.id, body: input.reason, visibility: "delegation", createdAt: ctx.now });
    }
    await recordAuditBy(tx, ctx, {
      action: `submission.${input.action}`,
      entityType: "submission",
      entityId: String(current.id),
      ...submissionAuditRef(current, resolved),
      fromStatus: current.status,
      toStatus: updated.status,
      details: { item: resolved.item.letter, ...(input.reason && { reason: input.reason }) },
    });
    return { status: updated.status };
  });
}

/** A comment on a reply: internal to the Secretariat, or shown to the delegation. */
export async function addComment(ctx: ServiceContext, input: ItemRef & { body: string; visibility: "internal" | "delegation" }) {
  return withTransaction(ctx, async (tx) => {
    const resolved = await resolveItemRef(tx, input);
    const submission = await ensureSubmission(tx, resolved);
    const [comment] = await tx
      .insert(reviewComments)
      .values({ submissionId: submission.id, authorId: ctx.actor.id, body: input.body, visibility: input.visibility, createdAt: ctx.now })
      .returning();
    await recordAuditBy(tx, ctx, {
      action: "submission.comment",
      entityType: "review_comment",
      entityId: String(comment!.id),
      ...submissionAuditRef(submission, resolved),
      // The text is recorded too, so the log alone explains the change (the log is Secretariat-only).
      details: { item: resolved.item.letter, visibility: input.visibility, body: input.body },
    });
    return comment!;
  });
}

/** Assigns a reviewer to whole States, or to one item of each, in one go (administrators only). */
export async function assignReviewer(ctx: ServiceContext, input: { session: number; reviewerId: string; iso3s: string[]; letter?: string }) {
  return withTransaction(ctx, async (tx) => {
    const [cycle] = await tx.select().from(reportingCycles).where(eq(reportingCycles.targetSession, input.session));
    if (!cycle) throw new AppError("not_found", msg("serverErrors.admin.noSuchCycle"));
    const reviewerId = input.reviewerId || null;
    let reviewerName: string | null = null;
    if (reviewerId) {
      const [reviewer] = await tx.select().from(users).where(eq(users.id, reviewerId));
      reviewerName = reviewer?.name ?? null;
      if (!reviewer || reviewer.role === "delegation" || reviewer.disabledAt) {
        throw new AppError("invalid", msg("serviceErrors.chooseReviewer"), { fieldErrors: { reviewerId: [msg("serviceErrors.chooseReviewer")] } });
      }
    }
    const states = await tx
      .select({ id: memberStates.id, iso3: memberStates.iso3 })
      .from(memberStates)
      .where(inArray(memberStates.iso3, input.iso3s.map((c) => c.toUpperCase())));
    if (states.length !== new Set(input.iso3s.map((c) => c.toUpperCase())).size) throw new AppError("invalid", msg("serverErrors.unknownState"));

    if (input.letter) {
      const [item] = await tx
        .select()
        .from(requestedItems)
        .where(and(eq(requestedItems.resolutionId, cycle.resolutionId), eq(requestedItems.letter, input.letter)));
      if (!item) throw new AppError("not_found", msg("serviceErrors.noSuchItemLetter"));
      await tx
        .insert(submissions)
        .values(states.map((s) => ({ memberStateId: s.id, cycleId: cycle.id, itemId: item.id })))
        .onConflictDoNothing();
      await tx
        .update(submissions)
        .set({ reviewerId })
        .where(and(eq(submissions.cycleId, cycle.id), eq(submissions.itemId, item.id), inArray(submissions.memberStateId, states.map((s) => s.id))));
    } else if (reviewerId) {
      await tx
        .insert(reviewerAssignments)
        .values(states.map((s) => ({ cycleId: cycle.id, memberStateId: s.id, reviewerId, createdAt: ctx.now })))
        .onConflictDoUpdate({ target: [reviewerAssignments.cycleId, reviewerAssignments.memberStateId], set: { reviewerId } });
    } else {
      await tx
        .delete(reviewerAssignments)
        .where(and(eq(reviewerAssignments.cycleId, cycle.id), inArray(reviewerAssignments.memberStateId, states.map((s) => s.id))));
    }
    await recordAuditBy(tx, ctx, {
      action: "review.assign",
      entityType: "reporting_cycle",
      entityId: String(cycle.id),
      cycleId: cycle.id,
      details: { reviewerId, reviewerName, states: states.map((s) => s.iso3), item: input.letter ?? null },
    });
    return { assigned: states.length };
  });
}

/** A later deadline for one State in one cycle, with the reason (Secretariat). */
export async function grantExtension(ctx: ServiceContext, input: { iso3: string; session: number; deadline: string; reason: string }) {
  return withTransaction(ctx, async (tx: Transaction) => {
    const [row] = await tx
      .select({ state: memberStates, cycle: reportingCycles })
      .from(memberStates)
      .innerJoin(reportingCycles, eq(reportingCycles.targetSession, input.session))
      .where(eq(memberStates.iso3, input.iso3.toUpperCase()));
    if (!row) throw new AppError("not_found", msg("serviceErrors.noSuchStateOrCycle"));
    if (row.cycle.closedAt) throw new AppError("closed", msg("serviceErrors.cycleClosed"));
    const deadline = newYorkTime(input.deadline);
    if (deadline <= row.cycle.deadline) {
      throw new AppError("invalid", msg("serviceErrors.extensionAfterDeadline"), { fieldErrors: { deadline: [msg("serviceErrors.extensionAfterDeadline")] } });
    }
    await tx
      .insert(deadlineExtensions)
      .values({ memberStateId: row.state.id, cycleId: row.cycle.id, deadline, reason: input.reason, grantedById: ctx.actor.id, createdAt: ctx.now })
      .onConflictDoUpdate({
        target: [deadlineExtensions.memberStateId, deadlineExtensions.cycleId],
        set: { deadline, reason: input.reason, grantedById: ctx.actor.id, updatedAt: sql`now()` },
      });
    await recordAuditBy(tx, ctx, {
      action: "cycle.extend_deadline",
      entityType: "deadline_extension",
      entityId: `${row.state.iso3}/${row.cycle.targetSession}`,
      memberStateId: row.state.id,
      cycleId: row.cycle.id,
      details: { deadline: deadline.toISOString(), reason: input.reason },
    });
    return { deadline };
  });
}

/**
 * Gives replies of the queue to a reviewer: "assign to me" for one or several replies, or, for an
 * administrator, to anyone. A reviewer may only take replies that have no reviewer or are already
 * theirs; only an administrator hands work to someone else or takes it from someone.
 */
export async function assignQueueItems(ctx: ServiceContext, input: { submissionIds: number[]; reviewerId: string }) {
  return withTransaction(ctx, async (tx) => {
    const isAdmin = ctx.actor.role === "admin";
    if (input.reviewerId !== ctx.actor.id && !isAdmin) throw new AppError("forbidden", msg("serviceErrors.adminAssignsOthers"));
    const [reviewer] = await tx.select().from(users).where(eq(users.id, input.reviewerId));
    if (!reviewer || reviewer.role === "delegation" || reviewer.disabledAt) {
      throw new AppError("invalid", msg("serviceErrors.chooseReviewer"), { fieldErrors: { reviewerId: [msg("serviceErrors.chooseReviewer")] } });
    }
    const ids = [...new Set(input.submissionIds)];
    const rows = await tx
      .select({
        id: submissions.id,
        cycleId: submissions.cycleId,
        memberStateId: submissions.memberStateId,
        iso3: memberStates.iso3,
        letter: requestedItems.letter,
        reviewerId: sql<string | null>`coalesce(${submissions.reviewerId}, ${reviewerAssignments.reviewerId})`,
      })
      .from(submissions)
      .innerJoin(memberStates, eq(memberStates.id, submissions.memberStateId))
      .innerJoin(requestedItems, eq(requestedItems.id, submissions.itemId))
      .leftJoin(reviewerAssignments, and(eq(reviewerAssignments.cycleId, submissions.cycleId), eq(reviewerAssignments.memberStateId, submissions.memberStateId)))
      .where(inArray(submissions.id, ids))
      .for("update", { of: submissions });
    if (rows.length !== ids.length) throw new AppError("not_found", msg("serviceErrors.selectionGone"));
    if (!isAdmin && rows.some((r) => r.reviewerId && r.reviewerId !== ctx.actor.id)) {
      throw new AppError("conflict", msg("serviceErrors.alreadyReviewed"));
    }
    await tx.update(submissions).set({ reviewerId: input.reviewerId }).where(inArray(submissions.id, ids));
    await recordAudits(
      tx,
      rows.map((r) => ({
        actorId: ctx.actor.id,
        action: "review.assign" as const,
        entityType: "submission",
        entityId: String(r.id),
        submissionId: r.id,
        memberStateId: r.memberStateId,
        cycleId: r.cycleId,
        details: { reviewerId: input.reviewerId, reviewerName: reviewer.name, previousReviewerId: r.reviewerId, states: [r.iso3], item: r.letter },
        createdAt: ctx.now,
      })),
    );
    return { assigned: rows.length };
  });
}
