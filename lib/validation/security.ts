import * as z from "zod/mini";
import "./zod-messages";
import { msg } from "@/lib/i18n/message-key";

export const secondFactorCodeInput = z.object({
  code: z.string({ error: msg("validation.enterCode") }).check(z.trim(), z.minLength(6, msg("validation.codeFormat")), z.maxLength(20, msg("validation.codeFormat"))),
  next: z.optional(z.unknown()),
});

/** The longest absolute session lifetime the settings allow (the session cookie lasts as long). */
export const MAX_SESSION_HOURS = 72;

export const securitySettingsInput = z.object({
  delegationSecondFactor: z.enum(["required", "optional"], { error: msg("validation.requiredOrOptional") }),
  idleMinutes: z.coerce.number().check(z.int(), z.minimum(5, msg("validation.minutesRange")), z.maximum(480, msg("validation.minutesRange"))),
  absoluteHours: z.coerce.number().check(z.int(), z.minimum(1, msg("validation.hoursRange")), z.maximum(MAX_SESSION_HOURS, msg("validation.hoursRange"))),
});

export const targetUserInput = z.object({ userId: z.uuid(msg("validation.unknownUser")) });

export const inviteOfficerInput = z.object({
  email: z.email(msg("validation.emailInvalid")).check(z.maxLength(254, msg("validation.emailMax"))),
  name: z.string({ error: msg("validation.enterOfficerName") }).check(z.trim(), z.minLength(1, msg("validation.enterOfficerName")), z.maxLength(200, msg("validation.nameMax"))),
});
export const officerDisabledInput = z.object({ userId: z.uuid(msg("validation.unknownUser")), disabled: z.boolean() });
export const focalPointInput = z.object({ userId: z.uuid(msg("validation.unknownUser")), focalPoint: z.boolean() });
