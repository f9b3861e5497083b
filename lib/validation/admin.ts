import { z } from "zod";

export const userIdInput = z.object({ userId: z.uuid("Unknown user.") });
export const setDisabledInput = userIdInput.extend({ disabled: z.boolean() });

export const resetPasswordInput = z
  .object({
    token: z.string().min(20, "This link is not valid.").max(200, "This link is not valid."),
    password: z.string().min(12, "Choose a password of at least 12 characters.").max(256, "A password has at most 256 characters."),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords differ." });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Give a date.");
const nyDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "Give a date and time.");

export const cycleUpdateInput = z
  .object({
    cycleId: z.number().int().positive(),
    noteVerbaleDate: isoDate,
    deadline: nyDateTime,
    reportSymbol: z
      .string()
      .trim()
      .max(40)
      .regex(/^(A\/\d+\/\d+(\/Add\.\d+)?)?$/, "A report symbol looks like A/65/154.")
      .optional(),
    reminderOffsets: z
      .string()
      .trim()
      .regex(/^(-?\d{1,3})(\s*,\s*-?\d{1,3})*$|^$/, "List days before the deadline, separated by commas, e.g. 14, 3, -1.")
      .transform((s) => (s === "" ? [] : [...new Set(s.split(",").map((x) => Number(x.trim())))].sort((a, b) => b - a)))
      .pipe(z.array(z.number().int().min(-60, "At most 60 days after.").max(120, "At most 120 days before.")).max(10, "At most 10 reminders.")),
    issuanceLeadDays: z.coerce.number().int().min(0).max(365),
    processingDays: z.coerce.number().int().min(0).max(365),
  })
  .refine((c) => c.deadline.slice(0, 10) > c.noteVerbaleDate, { path: ["deadline"], message: "The deadline must come after the note verbale." });
