import { z } from "zod";
import { milestoneKind } from "@/db/schema/enums";
import { ordinal } from "@/lib/ordinal";

/**
 * A later resolution of the series, entered as data by an administrator: its text (paragraphs), the questions
 * States answer (items), its reporting cycle and any further milestones. Shared by the form (zodResolver)
 * and the Server Action, so both say the same thing about the same mistake.
 */
export const RESOLUTION_SYMBOL = /^A\/RES\/(\d{1,3})\/(\d{1,4})$/;
const REPORT_SYMBOL = /^A\/\d{1,3}\/\d{1,4}(\/Add\.\d+)?$/;

const date = (what: string) => z.iso.date(`Enter ${what} as YYYY-MM-DD.`);
const optionalDate = (what: string) => z.union([z.literal(""), date(what)]);
const text = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what}.` })
    .trim()
    .min(1, `Enter ${what}.`)
    .max(max, `${what[0]!.toUpperCase()}${what.slice(1)} has at most ${max.toLocaleString("en")} characters.`);
const optionalText = (what: string, max: number) => z.string().trim().max(max, `${what} has at most ${max.toLocaleString("en")} characters.`);
const int = (what: string, min: number, max: number) =>
  z.number({ error: `Enter ${what} as a whole number.` }).int(`Enter ${what} as a whole number.`).min(min, `${what} is at least ${min}.`).max(max, `${what} is at most ${max}.`);

export const MILESTONE_KINDS = milestoneKind.enumValues;

export const paragraphInput = z.object({
  number: int("The paragraph number", 1, 99),
  verb: text("the operative verb (e.g. Invites)", 60),
  text: text("the paragraph's text", 5000),
});

export const itemInput = z.object({
  paragraph: int("The item's paragraph", 1, 99),
  letter: z.string().regex(/^[a-z]$/, "One lower-case letter, e.g. a."),
  shortTitle: text("a short title", 80),
  text: text("the question", 2000),
});

export const cycleInput = z.object({
  targetSession: int("The session", 1, 200),
  sessionOpening: date("the session's opening date"),
  noteVerbaleDate: date("the date of the note verbale"),
  deadline: date("the reply deadline"),
  reportSymbol: z.union([z.literal(""), z.string().trim().regex(REPORT_SYMBOL, "Write the report's symbol as A/66/152, or leave it empty.")]),
  reportDueOn: optionalDate("the planned issue date of the report"),
  issuanceLeadDays: int("The issuance lead", 0, 365),
  processingDays: int("The processing time", 0, 365),
  assumptions: optionalText("The notes on assumptions", 2000),
});

export const extraMilestoneInput = z.object({
  kind: z.enum(MILESTONE_KINDS, { error: "Choose a kind of milestone." }),
  title: text("the milestone's title", 300),
  /** 0: no paragraph. */
  paragraph: int("The paragraph", 0, 99),
  dueOn: date("the date"),
  doneOn: optionalDate("the date it happened"),
  documentSymbol: optionalText("The document symbol", 60),
  assumption: optionalText("The assumption", 1000),
  source: optionalText("The source", 1000),
});

export const newResolutionInput = z
  .object({
    symbol: z.string().trim().regex(RESOLUTION_SYMBOL, "Write the symbol as A/RES/65/41."),
    title: text("the title", 500),
    agendaItem: int("The agenda item", 1, 999),
    adoptedOn: date("the adoption date"),
    meeting: optionalText("The meeting", 100),
    previousSymbol: z.union([z.literal(""), z.string().regex(RESOLUTION_SYMBOL, "Choose the resolution it follows.")]),
    preamble: optionalText("The preamble", 20_000),
    paragraphs: z.array(paragraphInput).min(1, "Add at least one operative paragraph.").max(60),
    items: z.array(itemInput).min(1, "Add at least one question States are invited to answer.").max(26),
    cycle: cycleInput,
    milestones: z.array(extraMilestoneInput).max(50),
  })
  .superRefine((r, ctx) => {
    const numbers = r.paragraphs.map((p) => p.number);
    r.paragraphs.forEach((p, i) => {
      if (numbers.indexOf(p.number) !== i) ctx.addIssue({ code: "custom", path: ["paragraphs", i, "number"], message: `Paragraph ${p.number} is entered twice.` });
    });
    const letters = r.items.map((x) => x.letter);
    r.items.forEach((x, i) => {
      if (letters.indexOf(x.letter) !== i) ctx.addIssue({ code: "custom", path: ["items", i, "letter"], message: `Item (${x.letter}) is entered twice.` });
      if (!numbers.includes(x.paragraph)) ctx.addIssue({ code: "custom", path: ["items", i, "paragraph"], message: `There is no paragraph ${x.paragraph} above.` });
    });
    r.milestones.forEach((m, i) => {
      if (m.paragraph !== 0 && !numbers.includes(m.paragraph)) {
        ctx.addIssue({ code: "custom", path: ["milestones", i, "paragraph"], message: `There is no paragraph ${m.paragraph} above.` });
      }
      if (m.doneOn !== "" && m.doneOn < m.dueOn && m.kind === "expert_group_session") {
        ctx.addIssue({ code: "custom", path: ["milestones", i, "doneOn"], message: "A session ends on or after the day it starts." });
      }
    });
    const session = Number(RESOLUTION_SYMBOL.exec(r.symbol)?.[1] ?? 0);
    const c = r.cycle;
    if (session && c.targetSession <= session) {
      ctx.addIssue({ code: "custom", path: ["cycle", "targetSession"], message: `The report goes to a later session than the ${ordinal(session)}, which adopted the resolution.` });
    }
    if (c.noteVerbaleDate < r.adoptedOn) ctx.addIssue({ code: "custom", path: ["cycle", "noteVerbaleDate"], message: "The note verbale follows the adoption." });
    if (c.deadline < c.noteVerbaleDate) ctx.addIssue({ code: "custom", path: ["cycle", "deadline"], message: "The deadline comes after the note verbale." });
    if (c.sessionOpening <= c.deadline) ctx.addIssue({ code: "custom", path: ["cycle", "sessionOpening"], message: "The session opens after the reply deadline." });
  });

export type NewResolutionInput = z.infer<typeof newResolutionInput>;
export type NewResolutionFormValues = z.input<typeof newResolutionInput>;
