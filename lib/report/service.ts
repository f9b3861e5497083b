import { and, eq, inArray } from "drizzle-orm";
import { milestones, reportEntries, reportingCycles, reports, submissions } from "@/db/schema";
import { recordAudit, recordAudits } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { withTransaction, type ServiceContext } from "@/lib/context";
import { newYorkDate } from "@/lib/time";
import { decide } from "@/lib/workflow";
import { fingerprintOf } from "./compile";
import { getReportFrame, listIssuedReports, nextAddendumNumber, pendingReplies } from "./queries";
import { msg } from "@/lib/i18n/message-key";

export interface IssueResult {
  reportId: number;
  symbol: string;
  addendum: number;
  issuedOn: string;
  replies: number;
}

/**
 * Issues the next document of a cycle (the report, or its next addendum), all in one transaction:
 * records it with the exact revision of each reply it reproduces and the State's publication choice,
 * moves the accepted replies to published through the workflow (one audit event each, one for the
 * document), and for the report itself records the date of issue, closes the cycle to edits and
 * marks its milestone done.
 *
 * `fingerprint` is what the Secretariat previewed: if a reply was accepted, amended or withdrawn
 * since, nothing is issued and the preview must be looked at again.
 */
export async function issueReport(ctx: ServiceContext, input: { session: number; fingerprint: string }): Promise<IssueResult> {
  return withTransaction(ctx, async (tx) => {
    const frame = await getReportFrame(tx, input.session);
    // Serialises issuing with itself and with delegations' writes (which read the cycle FOR SHARE).
    const [cycle] = await tx.select().from(reportingCycles).where(eq(reportingCycles.id, frame.cycle.id)).for("update");
    if (!cycle!.reportSymbol) throw new AppError("invalid", msg("serviceErrors.reportSymbolMissing"));
    const issued = await listIssuedReports(tx, cycle!.id);
    const addendum = nextAddendumNumber(cycle!, issued);
    const replies = await pendingReplies(tx, cycle!.id);
    if (replies.length === 0) throw new AppError("invalid", msg("serviceErrors.reportNothingToIssue"));
    if (fingerprintOf(replies) !== input.fingerprint) {
      throw new AppError("conflict", msg("serviceErrors.reportPreviewChanged"));
    }

    const issuedOn = newYorkDate(ctx.now);
    const symbol = addendum > 0 ? `${cycle!.reportSymbol}/Add.${addendum}` : cycle!.reportSymbol;
    const [report] = await tx.insert(reports).values({ cycleId: cycle!.id, addendum, symbol, issuedOn, issuedById: ctx.actor.id, createdAt: ctx.now }).returning();
    await tx.insert(reportEntries).values(replies.map((r) => ({ reportId: report!.id, submissionId: r.submissionId, revisionId: r.revisionId, publication: r.publication })));

    // Through the workflow, all at once: the status is checked in the UPDATE itself.
    const byId = new Map(replies.map((r) => [r.submissionId, r]));
    const current = await tx
      .select({ id: submissions.id, status: submissions.status, memberStateId: submissions.memberStateId })
      .from(submissions)
      .where(inArray(submissions.id, [...byId.keys()]));
    const toPublish = current.filter((s) => s.status !== "published"); // published by a reviewer before: it stays so, now in a document.
    for (const s of toPublish) {
      const decision = decide(ctx.actor.role, s.status, "publish");
      if (!decision.ok) throw new AppError("conflict", decision.reason);
    }
    if (toPublish.length > 0) {
      const moved = await tx
        .update(submissions)
        .set({ status: "published", publishedAt: ctx.now })
        .where(and(inArray(submissions.id, toPublish.map((s) => s.id)), eq(submissions.status, "accepted")))
        .returning({ id: submissions.id });
      if (moved.length !== toPublish.length) throw new AppError("conflict", msg("serviceErrors.reportReplyMoved"));
    }
    await recordAudits(
      tx,
      toPublish.map((s) => ({
        actorId: ctx.actor.id,
        action: "submission.publish",
        entityType: "submission",
        entityId: String(s.id),
        submissionId: s.id,
        memberStateId: s.memberStateId,
        cycleId: cycle!.id,
        fromStatus: s.status,
        toStatus: "published" as const,
        details: { item: byId.get(s.id)!.letter, report: symbol },
        createdAt: ctx.now,
      })),
    );

    if (addendum === 0) {
      await tx.update(reportingCycles).set({ reportIssuedOn: issuedOn, closedAt: ctx.now }).where(eq(reportingCycles.id, cycle!.id));
      await tx
        .update(milestones)
        // Issued here, the date is a fact: any assumption recorded for the planned date no longer applies.
        .set({ doneOn: issuedOn, assumption: null })
        .where(and(eq(milestones.resolutionId, cycle!.resolutionId), eq(milestones.key, `report-${cycle!.targetSession}`)));
    }
    await recordAudit(tx, {
      actorId: ctx.actor.id,
      action: "report.issue",
      entityType: "report",
      entityId: String(report!.id),
      cycleId: cycle!.id,
      details: { symbol, addendum, issuedOn, replies: replies.length, states: new Set(replies.map((r) => r.state.iso3)).size },
      createdAt: ctx.now,
    });
    return { reportId: report!.id, symbol, addendum, issuedOn, replies: replies.length };
  });
}
