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
