import { z } from "zod";
import "./zod-messages";
import { msg } from "@/lib/i18n/message-key";

export const userIdInput = z.object({ userId: z.uuid(msg("validation.unknownUser")) });
export const setDisabledInput = userIdInput.extend({ disabled: z.boolean() });

export const resetPasswordInput = z
  .object({
    token: z.string().min(20, msg("validation.linkInvalid")).max(200, msg("validation.linkInvalid")),
    password: z.string().min(12, msg("validation.passwordMin")).max(256, msg("validation.passwordMax")),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: msg("validation.passwordsDiffer") });

/** The messages resetPasswordInput names: what the reset page (opened from a link, often by a delegation's officer) sends to the browser, with zod's own. */
export const RESET_PASSWORD_CHECKS = ["validation.linkInvalid", "validation.passwordMin", "validation.passwordMax", "validation.passwordsDiffer"] as const;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, msg("validation.giveDate"));
const nyDateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, msg("validation.giveDateTime"));

export const cycleUpdateInput = z
  .object({
    cycleId: z.number().int().positive(),
    noteVerbaleDate: isoDate,
    deadline: nyDateTime,
    reportSymbol: z
      .string()
      .trim()
      .max(40)
      .regex(/^(A\/\d+\/\d+(\/Add\.\d+)?)?$/, msg("validation.reportSymbol"))
      .optional(),
    reminderOffsets: z
      .string()
      .trim()
      .regex(/^(-?\d{1,3})(\s*,\s*-?\d{1,3})*$|^$/, msg("validation.reminderOffsets"))
      .transform((s) => (s === "" ? [] : [...new Set(s.split(",").map((x) => Number(x.trim())))].sort((a, b) => b - a)))
      .pipe(z.array(z.number().int().min(-60, msg("validation.atMostDaysAfter")).max(120, msg("validation.atMostDaysBefore"))).max(10, msg("validation.atMostReminders"))),
    issuanceLeadDays: z.coerce.number().int().min(0).max(365),
    processingDays: z.coerce.number().int().min(0).max(365),
  })
  .refine((c) => c.deadline.slice(0, 10) > c.noteVerbaleDate, { path: ["deadline"], message: msg("validation.deadlineAfterNote") });
