import { eq } from "drizzle-orm";
import { documents, gaSessions, milestones, paragraphs, reportingCycles, requestedItems, resolutions } from "@/db/schema";
import { recordAuditBy } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-key";
import { withTransaction, type ServiceContext } from "@/lib/context";
import { endOfNewYorkDay, newYorkTime } from "@/lib/time";
import { ordinal } from "@/lib/ordinal";
import { RESOLUTION_SYMBOL, type NewResolutionInput } from "@/lib/validation/resolution";

const noon = (isoDate: string) => newYorkTime(`${isoDate}T12:00`);
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);

/**
 * Adds a later resolution of the series as data: its paragraphs and items, its reporting cycle (creating the
 * target session when it is new) and its milestones (adoption, note verbale, deadline, report and session
 * opening, plus any entered by hand). The timeline reads them like those of 62/17.
 */
export function addResolution(ctx: ServiceContext, input: NewResolutionInput): Promise<{ id: number; symbol: string }> {
  const [, sessionText, numberText] = RESOLUTION_SYMBOL.exec(input.symbol)!;
  const session = Number(sessionText);
  const number = `${session}/${Number(numberText)}`;
  return withTransaction(ctx, async (tx) => {
    const [existing] = await tx.select({ id: resolutions.id }).from(resolutions).where(eq(resolutions.symbol, input.symbol));
    if (existing) throw new AppError("conflict", msg("serverErrors.resolutions.alreadyRecorded", { symbol: input.symbol }), { fieldErrors: { symbol: [msg("serverErrors.resolutions.alreadyRecorded", { symbol: input.symbol })] } });

    const [adoptingSession] = await tx.select().from(gaSessions).where(eq(gaSessions.number, session));
    if (!adoptingSession) {
      const message = msg("serverErrors.resolutions.sessionNotRecorded", { session });
      throw new AppError("invalid", message, { fieldErrors: { symbol: [message] } });
    }
    let previousResolutionId: number | null = null;
    if (input.previousSymbol) {
      const [previous] = await tx.select({ id: resolutions.id }).from(resolutions).where(eq(resolutions.symbol, input.previousSymbol));
      if (!previous) throw new AppError("invalid", msg("serverErrors.resolutions.previousNotRecorded"), { fieldErrors: { previousSymbol: [msg("serverErrors.resolutions.previousNotRecorded")] } });
      previousResolutionId = previous.id;
    }

    const c = input.cycle;
    const [target] = await tx.select().from(gaSessions).where(eq(gaSessions.number, c.targetSession));
    if (target && target.openingDate !== c.sessionOpening) {
      const message = msg("serverErrors.resolutions.sessionOpensOn", { session: c.targetSession, isoDate: target.openingDate });
      throw new AppError("invalid", message, { fieldErrors: { "cycle.sessionOpening": [message] } });
    }
    if (!target) await tx.insert(gaSessions).values({ number: c.targetSession, openingDate: c.sessionOpening });

    const [resolution] = await tx
      .insert(resolutions)
      .values({
        symbol: input.symbol,
        number,
        title: input.title,
        session,
        agendaItem: input.agendaItem,
        adoptedOn: input.adoptedOn,
        meeting: input.meeting || null,
        preamble: input.preamble,
        previousResolutionId,
      })
      .returning({ id: resolutions.id });
    const resolutionId = resolution!.id;

    const paragraphRows = await tx
      .insert(paragraphs)
      .values(input.paragraphs.map((p) => ({ resolutionId, number: p.number, verb: p.verb, text: p.text })))
      .returning({ id: paragraphs.id, number: paragraphs.number });
    const paragraphId = (n: number) => (n === 0 ? null : paragraphRows.find((p) => p.number === n)!.id);
    await tx.insert(requestedItems).values(
      input.items.map((i) => ({ resolutionId, paragraphId: paragraphId(i.paragraph)!, letter: i.letter, shortTitle: i.shortTitle, text: i.text })),
    );

    // The series' record: the resolution as a document (seeded already when it is one of the series), which
    // mandates its own cycle.
    const [known] = await tx.select({ id: documents.id }).from(documents).where(eq(documents.symbol, input.symbol));
    const documentId = known
      ? (await tx.update(documents).set({ resolutionId }).where(eq(documents.id, known.id)).returning({ id: documents.id }))[0]!.id
      : (
          await tx
            .insert(documents)
            .values({ symbol: input.symbol, kind: "resolution", session, number, issuedOn: input.adoptedOn, agendaItem: input.agendaItem, reportsToSession: c.targetSession, resolutionId, source: "Entered by an administrator" })
            .returning({ id: documents.id })
        )[0]!.id;
    const invitingParagraph = input.paragraphs.find((p) => p.number === input.items[0]!.paragraph);

    const [cycle] = await tx
      .insert(reportingCycles)
      .values({
        resolutionId,
        mandatedById: documentId,
        invitation: invitingParagraph ? `${invitingParagraph.verb} ${invitingParagraph.text}` : null,
        targetSession: c.targetSession,
        noteVerbaleDate: c.noteVerbaleDate,
        deadline: endOfNewYorkDay(c.deadline),
        reportSymbol: c.reportSymbol || null,
        issuanceLeadDays: c.issuanceLeadDays,
        processingDays: c.processingDays,
        assumptions: c.assumptions || null,
      })
      .returning({ id: reportingCycles.id });
    const cycleId = cycle!.id;

    // The cycle's milestones hang on the paragraph that invites the views.
    const itemsParagraph = paragraphId(input.items[0]!.paragraph);
    const target65 = `the ${ordinal(c.targetSession)} session`;
    const generated = [
      { key: "adoption", kind: "adoption" as const, title: `Resolution ${number} adopted by the General Assembly`, paragraphId: null, cycleId: null, dueAt: noon(input.adoptedOn), doneOn: input.adoptedOn, documentSymbol: input.symbol },
      { key: `note-verbale-${c.targetSession}`, kind: "note_verbale" as const, title: `Note verbale inviting Member States' views for ${target65}`, paragraphId: itemsParagraph, cycleId, dueAt: noon(c.noteVerbaleDate), doneOn: c.noteVerbaleDate, documentSymbol: null },
      { key: `deadline-${c.targetSession}`, kind: "reply_deadline" as const, title: `Deadline for replies for ${target65}`, paragraphId: itemsParagraph, cycleId, dueAt: endOfNewYorkDay(c.deadline), doneOn: c.deadline, documentSymbol: null },
      ...(c.reportDueOn
        ? [{ key: `report-${c.targetSession}`, kind: "report_issued" as const, title: `Report of the Secretary-General${c.reportSymbol ? ` ${c.reportSymbol}` : ""} issued for ${target65}`, paragraphId: itemsParagraph, cycleId, dueAt: noon(c.reportDueOn), doneOn: null, documentSymbol: c.reportSymbol || null }]
        : []),
      { key: `session-${c.targetSession}`, kind: "session_opening" as const, title: `Opening of ${target65}`, paragraphId: itemsParagraph, cycleId: null, dueAt: noon(c.sessionOpening), doneOn: c.sessionOpening, documentSymbol: null },
    ];
    const extra = input.milestones.map((m, i) => ({
      key: `extra-${i + 1}-${slug(m.title)}`,
      kind: m.kind,
      title: m.title,
      paragraphId: paragraphId(m.paragraph),
      cycleId: null,
      dueAt: noon(m.dueOn),
      doneOn: m.doneOn || null,
      documentSymbol: m.documentSymbol || null,
      assumption: m.assumption || null,
      source: m.source || null,
    }));
    await tx.insert(milestones).values([...generated.map((g) => ({ ...g, assumption: null, source: null })), ...extra].map((m) => ({ ...m, resolutionId })));

    await recordAuditBy(tx, ctx, {
      action: "resolution.create",
      entityType: "resolution",
      entityId: String(resolutionId),
      cycleId,
      details: { symbol: input.symbol, targetSession: c.targetSession, paragraphs: input.paragraphs.length, items: input.items.length, milestones: generated.length + extra.length },
    });
    return { id: resolutionId, symbol: input.symbol };
  });
}
