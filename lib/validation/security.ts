import * as z from "zod/mini";

export const secondFactorCodeInput = z.object({
  code: z.string({ error: "Enter the code." }).check(z.trim(), z.minLength(6, "Enter the six-digit code, or a recovery code."), z.maxLength(20, "Enter the six-digit code, or a recovery code.")),
  next: z.optional(z.unknown()),
});

export const securitySettingsInput = z.object({
  delegationSecondFactor: z.enum(["required", "optional"], { error: "Choose required or optional." }),
  idleMinutes: z.coerce.number().check(z.int(), z.minimum(5, "Between 5 and 480 minutes."), z.maximum(480, "Between 5 and 480 minutes.")),
  absoluteHours: z.coerce.number().check(z.int(), z.minimum(1, "Between 1 and 72 hours."), z.maximum(72, "Between 1 and 72 hours.")),
});

export const targetUserInput = z.object({ userId: z.uuid("Unknown user.") });

export const inviteOfficerInput = z.object({
  email: z.email("Enter a valid email address, like name@mission.org.").check(z.maxLength(254, "An email address has at most 254 characters.")),
  name: z.string({ error: "Enter the officer's name." }).check(z.trim(), z.minLength(1, "Enter the officer's name."), z.maxLength(200, "A name has at most 200 characters.")),
});
export const officerDisabledInput = z.object({ userId: z.uuid("Unknown user."), disabled: z.boolean() });
export const focalPointInput = z.object({ userId: z.uuid("Unknown user."), focalPoint: z.boolean() });
