import { and, desc, eq, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { reportingCycles, revisions, submissions, users, type Submission } from "@/db/schema";
import { recordAuditBy, type AuditAction } from "@/lib/audit";
import { isLateAt } from "@/lib/deadlines";
import { AppError } from "@/lib/errors";
import { canEditState } from "@/lib/permissions";
import type { ItemRef, ReplyFields } from "@/lib/validation/submission";
import { decide, isAmendment, type WorkflowAction } from "@/lib/workflow";
import { withTransaction, type ServiceContext } from "@/lib/context";
import { ensureSubmission, type ResolvedItem, resolveItemRef, submissionAuditRef } from "./refs";
import { msg } from "@/lib/i18n/message-key";

/**
 * Autosaves of one editing session are one draft revision: a draft save updates the newest revision
 * in place when it is a draft by the same person saved less than this long ago (nothing submitted,
 * restored or written by someone else in between). A longer pause starts a new draft revision.
 */
export const EDITING_SESSION_GAP_MS = 30 * 60 * 1000;

export interface SavedState {
  version: number;
  status: Submission["status"];
  savedAt: string;
  isLate: boolean;
}

/** What a conflict shows the officer: the newer text saved by someone else, to set beside their own. */
export interface ConflictDetails {
  theirs: { body: string; language: string; isNilReply: boolean; version: number; savedAt: string | null; savedBy: string | null };
}

/** Saves the officer's text as a new draft version, refusing a save made from a stale version. */
export function saveDraft(ctx: ServiceContext, input: ItemRef & ReplyFields & { expectedVersion: number; newRevision?: boolean }): Promise<SavedState> {
  return withTransaction(ctx, async (tx) => {
    const opened = await openForDelegation(tx, ctx, input, "save_draft");
    return writeVersion(tx, ctx, opened, input, input.expectedVersion, input.newRevision ? "draft-new" : "draft");
  });
}

/** Sends a reply (or an amendment) to the Secretariat: a new version, marked late after the deadline. */
export function submitReply(ctx: ServiceContext, input: ItemRef & ReplyFields & { expectedVersion: number }): Promise<SavedState> {
  return withTransaction(ctx, async (tx) => {
    const opened = await openForDelegation(tx, ctx, input, "submit");
    return writeVersion(tx, ctx, opened, input, input.expectedVersion, "submission");
  });
}

/** Submits the saved text of several items at once, all or none. */
export function submitMany(
  ctx: ServiceContext,
  input: { iso3: string; session: number; items: { letter: string; expectedVersion: number }[] },
): Promise<Record<string, SavedState>> {
  return withTransaction(ctx, async (tx) => {
    const results: Record<string, SavedState> = {};
    for (const { letter, expectedVersion } of input.items) {
      const ref = { iso3: input.iso3, session: input.session, letter };
      const opened = await openForDelegation(tx, ctx, ref, "submit");
      const { current } = opened;
      const fields = { body: current.body, language: current.language, isNilReply: current.isNilReply, publication: current.publication };
      if (!fields.isNilReply && fields.body.trim() === "") {
        throw new AppError("invalid", msg("serviceErrors.itemHasNoText", { letter }));
      }
      results[letter] = await writeVersion(tx, ctx, opened, fields, expectedVersion, "submission");
    }
    return results;
  });
}

/** Takes a reply back before publication; the text and its history stay. */
export function withdrawReply(ctx: ServiceContext, input: ItemRef & { expectedVersion: number }): Promise<SavedState> {
  return withTransaction(ctx, async (tx) => {
    const { resolved, current, to } = await openForDelegation(tx, ctx, input, "withdraw");
    if (current.version !== input.expectedVersion) throw await conflict(tx, current);
    const [updated] = await tx
      .update(submissions)
      .set({ status: to })
      .where(and(eq(submissions.id, current.id), eq(submissions.version, input.expectedVersion), eq(submissions.status, current.status)))
      .returning();
    if (!updated) throw await conflict(tx, current);
    await audit(tx, ctx, resolved, current, updated, "submission.withdraw");
    return savedState(updated);
  });
}

/** Makes an old version the current draft again, as a new version (history is never rewritten). */
export function restoreRevision(ctx: ServiceContext, input: ItemRef & { revisionId: number; expectedVersion: number }): Promise<SavedState> {
  return withTransaction(ctx, async (tx) => {
    const opened = await openForDelegation(tx, ctx, input, "save_draft");
    const { current } = opened;
    const [old] = await tx
      .select()
      .from(revisions)
      .where(and(eq(revisions.id, input.revisionId), eq(revisions.submissionId, current.id)));
    if (!old) throw new AppError("not_found", msg("serviceErrors.versionNotOfItem"));
    const fields = { body: old.body, language: old.language, isNilReply: old.isNilReply, publication: current.publication };
    return writeVersion(tx, ctx, opened, fields, input.expectedVersion, "restore");
  });
}

interface Opened {
  resolved: ResolvedItem;
  current: Submission;
  /** The status the workflow allows this action to lead to. */
  to: Submission["status"];
}

/** Resolves the item, checks the State, the cycle and the workflow: the rules, whatever the page showed. */
async function openForDelegation(tx: Transaction, ctx: ServiceContext, ref: ItemRef, action: WorkflowAction): Promise<Opened> {
  const resolved = await resolveItemRef(tx, ref);
  if (!canEditState(ctx.actor, resolved.state.id)) throw new AppError("forbidden", msg("serviceErrors.ownRepliesOnly"));
  // FOR SHARE waits for a report being issued (lib/report/service.ts locks the cycle FOR UPDATE), so
  // no edit can slip in between the report's issue and the cycle's closing.
  const [cycle] = await tx.select({ closedAt: reportingCycles.closedAt }).from(reportingCycles).where(eq(reportingCycles.id, resolved.cycle.id)).for("share");
  if (cycle?.closedAt) {
    throw new AppError("closed", msg("serviceErrors.cycleClosedReplies"));
  }
  const current = await ensureSubmission(tx, resolved);
  const decision = decide(ctx.actor.role, current.status, action);
  if (!decision.ok) throw new AppError("forbidden", decision.reason);
  return { resolved, current, to: decision.to };
}

/**
 * The write itself. The version the officer started from is checked in the same UPDATE that
 * increments it, so of two saves from the same version exactly one wins and the other gets a conflict.
 */
async function writeVersion(
  tx: Transaction,
  ctx: ServiceContext,
  { resolved, current, to }: Opened,
  fields: ReplyFields,
  expectedVersion: number,
  how: "draft" | "draft-new" | "submission" | "restore",
): Promise<SavedState> {
  const kind = how === "draft-new" ? "draft" : how;
  const submitting = kind === "submission";
  const late = submitting && isLateAt(ctx.now, resolved.deadline);
  const [updated] = await tx
    .update(submissions)
    .set({
      // A nil reply sends no text; a draft keeps the officer's words even while ticked as nil.
      body: submitting && fields.isNilReply ? "" : fields.body,
      language: fields.language,
      isNilReply: fields.isNilReply,
      publication: fields.publication,
      status: to,
      version: sql`${submissions.version} + 1`,
      lastSavedAt: ctx.now,
      lastSavedById: ctx.actor.id,
      ...(submitting && {
        submittedAt: ctx.now,
        firstSubmittedAt: current.firstSubmittedAt ?? ctx.now,
        // Lateness belongs to the first submission; an amendment of an on-time reply stays on time.
        isLate: current.firstSubmittedAt ? current.isLate : late,
      }),
    })
    .where(and(eq(submissions.id, current.id), eq(submissions.version, expectedVersion), eq(submissions.status, current.status)))
    .returning();
  if (!updated) throw await conflict(tx, current);

  const text = { version: updated.version, body: updated.body, language: updated.language, isNilReply: updated.isNilReply, createdAt: ctx.now };
  const sameSession = how === "draft" ? await openDraftRevision(tx, ctx, current) : undefined;
  const [revision] = sameSession
    ? await tx.update(revisions).set(text).where(eq(revisions.id, sameSession)).returning({ id: revisions.id })
    : await tx
        .insert(revisions)
        .values({ submissionId: updated.id, kind, authorId: ctx.actor.id, ...text })
        .returning({ id: revisions.id });

  if (submitting) {
    await tx.update(submissions).set({ submittedRevisionId: revision!.id }).where(eq(submissions.id, updated.id));
    await audit(tx, ctx, resolved, current, updated, isAmendment(current.status) ? "submission.amend" : "submission.submit", {
      version: updated.version,
      late: updated.isLate,
      nilReply: updated.isNilReply,
      language: updated.language,
    });
  } else if (updated.status !== current.status || kind === "restore") {
    await audit(tx, ctx, resolved, current, updated, kind === "restore" ? "submission.restore" : "submission.start_draft", { version: updated.version });
  }
  return savedState(updated);
}

/** The draft revision this save continues (same person, same editing session), if any. */
async function openDraftRevision(tx: Transaction, ctx: ServiceContext, current: Submission): Promise<number | undefined> {
  if (!current.lastSavedAt || current.lastSavedById !== ctx.actor.id) return undefined;
  if (ctx.now.getTime() - current.lastSavedAt.getTime() >= EDITING_SESSION_GAP_MS) return undefined;
  const [newest] = await tx
    .select({ id: revisions.id, kind: revisions.kind, authorId: revisions.authorId })
    .from(revisions)
    .where(eq(revisions.submissionId, current.id))
    .orderBy(desc(revisions.version))
    .limit(1);
  return newest && newest.kind === "draft" && newest.authorId === ctx.actor.id ? newest.id : undefined;
}

async function conflict(tx: Transaction, stale: Submission): Promise<AppError> {
  const [latest] = await tx
    .select({ submission: submissions, savedBy: users.name })
    .from(submissions)
    .leftJoin(users, eq(users.id, submissions.lastSavedById))
    .where(eq(submissions.id, stale.id));
  const s = latest!.submission;
  const details: ConflictDetails = {
    theirs: {
      body: s.body,
      language: s.language,
      isNilReply: s.isNilReply,
      version: s.version,
      savedAt: s.lastSavedAt?.toISOString() ?? null,
      savedBy: latest!.savedBy,
    },
  };
  const savedBy = latest!.savedBy;
  return new AppError("conflict", savedBy ? msg("serviceErrors.newerVersion", { name: savedBy }) : msg("serviceErrors.newerVersionAnonymous"), { details });
}

async function audit(
  tx: Transaction,
  ctx: ServiceContext,
  resolved: ResolvedItem,
  before: Submission,
  after: Submission,
  action: AuditAction,
  details?: Record<string, unknown>,
) {
  await recordAuditBy(tx, ctx, {
    action,
    entityType: "submission",
    entityId: String(after.id),
    ...submissionAuditRef(after, resolved),
    fromStatus: before.status,
    toStatus: after.status,
    details: { item: resolved.item.letter, ...details },
  });
}

function savedState(s: Submission): SavedState {
  return { version: s.version, status: s.status, savedAt: (s.lastSavedAt ?? s.updatedAt).toISOString(), isLate: s.isLate };
}
