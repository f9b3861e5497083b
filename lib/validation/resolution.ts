import { z } from "zod";
import "./zod-messages";
import { milestoneKind } from "@/db/schema/enums";
import { msg } from "@/lib/i18n/message-key";

/**
 * A later resolution of the series, entered as data by an administrator: its text (paragraphs), the questions
 * States answer (items), its reporting cycle and any further milestones. Shared by the form (zodResolver)
 * and the Server Action, so both say the same thing about the same mistake.
 */
export const RESOLUTION_SYMBOL = /^A\/RES\/(\d{1,3})\/(\d{1,4})$/;
const REPORT_SYMBOL = /^A\/\d{1,3}\/\d{1,4}(\/Add\.\d+)?$/;

// The messages stand next to their field, so they need not name it (and translate without grammar of the field's name).
const date = () => z.iso.date(msg("validation.dateFormat"));
const optionalDate = () => z.union([z.literal(""), date()]);
const text = (max: number) =>
  z
    .string({ error: msg("validation.required") })
    .trim()
    .min(1, msg("validation.required"))
    .max(max, msg("validation.tooLong", { max }));
const optionalText = (max: number) => z.string().trim().max(max, msg("validation.tooLong", { max }));
const int = (min: number, max: number) =>
  z
    .number({ error: msg("validation.wholeNumber") })
    .int(msg("validation.wholeNumber"))
    .min(min, msg("validation.atLeast", { min }))
    .max(max, msg("validation.atMost", { max }));

export const MILESTONE_KINDS = milestoneKind.enumValues;

export const paragraphInput = z.object({
  number: int(1, 99),
  verb: text(60),
  text: text(5000),
});

export const itemInput = z.object({
  paragraph: int(1, 99),
  letter: z.string().regex(/^[a-z]$/, msg("validation.itemLetter")),
  shortTitle: text(80),
  text: text(2000),
});

export const cycleInput = z.object({
  targetSession: int(1, 200),
  sessionOpening: date(),
  noteVerbaleDate: date(),
  deadline: date(),
  reportSymbol: z.union([z.literal(""), z.string().trim().regex(REPORT_SYMBOL, msg("validation.cycleReportSymbol"))]),
  reportDueOn: optionalDate(),
  issuanceLeadDays: int(0, 365),
  processingDays: int(0, 365),
  assumptions: optionalText(2000),
});

export const extraMilestoneInput = z.object({
  kind: z.enum(MILESTONE_KINDS, { error: msg("validation.milestoneKind") }),
  title: text(300),
  /** 0: no paragraph. */
  paragraph: int(0, 99),
  dueOn: date(),
  doneOn: optionalDate(),
  documentSymbol: optionalText(60),
  assumption: optionalText(1000),
  source: optionalText(1000),
});

export const newResolutionInput = z
  .object({
    symbol: z.string().trim().regex(RESOLUTION_SYMBOL, msg("validation.resolutionSymbol")),
    title: text(500),
    agendaItem: int(1, 999),
    adoptedOn: date(),
    meeting: optionalText(100),
    previousSymbol: z.union([z.literal(""), z.string().regex(RESOLUTION_SYMBOL, msg("validation.previousResolution"))]),
    preamble: optionalText(20_000),
    paragraphs: z.array(paragraphInput).min(1, msg("validation.addParagraph")).max(60),
    items: z.array(itemInput).min(1, msg("validation.addItem")).max(26),
    cycle: cycleInput,
    milestones: z.array(extraMilestoneInput).max(50),
  })
  .superRefine((r, ctx) => {
    const numbers = r.paragraphs.map((p) => p.number);
    r.paragraphs.forEach((p, i) => {
      if (numbers.indexOf(p.number) !== i) ctx.addIssue({ code: "custom", path: ["paragraphs", i, "number"], message: msg("validation.paragraphTwice", { number: p.number }) });
    });
    const letters = r.items.map((x) => x.letter);
    r.items.forEach((x, i) => {
      if (letters.indexOf(x.letter) !== i) ctx.addIssue({ code: "custom", path: ["items", i, "letter"], message: msg("validation.itemTwice", { letter: x.letter }) });
      if (!numbers.includes(x.paragraph)) ctx.addIssue({ code: "custom", path: ["items", i, "paragraph"], message: msg("validation.noParagraph", { number: x.paragraph }) });
    });
    r.milestones.forEach((m, i) => {
      if (m.paragraph !== 0 && !numbers.includes(m.paragraph)) {
        ctx.addIssue({ code: "custom", path: ["milestones", i, "paragraph"], message: msg("validation.noParagraph", { number: m.paragraph }) });
      }
      if (m.doneOn !== "" && m.doneOn < m.dueOn && m.kind === "expert_group_session") {
        ctx.addIssue({ code: "custom", path: ["milestones", i, "doneOn"], message: msg("validation.sessionEnds") });
      }
    });
    const session = Number(RESOLUTION_SYMBOL.exec(r.symbol)?.[1] ?? 0);
    const c = r.cycle;
    if (session && c.targetSession <= session) {
      ctx.addIssue({ code: "custom", path: ["cycle", "targetSession"], message: msg("validation.laterSession", { session }) });
    }
    if (c.noteVerbaleDate < r.adoptedOn) ctx.addIssue({ code: "custom", path: ["cycle", "noteVerbaleDate"], message: msg("validation.noteFollowsAdoption") });
    if (c.deadline < c.noteVerbaleDate) ctx.addIssue({ code: "custom", path: ["cycle", "deadline"], message: msg("validation.deadlineAfterNoteVerbale") });
    if (c.sessionOpening <= c.deadline) ctx.addIssue({ code: "custom", path: ["cycle", "sessionOpening"], message: msg("validation.sessionOpensAfter") });
  });

export type NewResolutionInput = z.infer<typeof newResolutionInput>;
export type NewResolutionFormValues = z.input<typeof newResolutionInput>;
