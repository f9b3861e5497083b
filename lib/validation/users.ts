import { z } from "zod";
import "./zod-messages";
import { msg } from "@/lib/i18n/message-key";

export const ROLES = ["delegation", "reviewer", "admin"] as const;

export const userCreateSchema = z
  .object({
    email: z
      .string({ error: msg("validation.enterAnEmail") })
      .trim()
      .toLowerCase()
      .max(254, msg("validation.emailMax"))
      .pipe(z.email(msg("validation.emailInvalid"))),
    name: z.string({ error: msg("validation.enterName") }).trim().min(1, msg("validation.enterName")).max(200, msg("validation.nameMax")),
    role: z.enum(ROLES, { error: msg("validation.chooseRole") }),
    stateIso3: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^([A-Z]{3})?$/, msg("validation.stateCode"))
      .optional(),
    password: z.string().min(12, msg("validation.passwordAtLeast")).max(256, msg("validation.passwordMax")),
  })
  .refine((u) => u.role !== "delegation" || u.stateIso3, { path: ["stateIso3"], message: msg("validation.delegationNeedsState") })
  .refine((u) => u.role === "delegation" || !u.stateIso3, { path: ["stateIso3"], message: msg("validation.onlyDelegationState") });

/** The messages userCreateSchema names: what the accounts page sends to the browser, with zod's own. */
export const USER_CREATE_CHECKS = ["validation.enterAnEmail", "validation.emailInvalid", "validation.emailMax", "validation.enterName", "validation.nameMax", "validation.chooseRole", "validation.stateCode", "validation.delegationNeedsState", "validation.onlyDelegationState", "validation.passwordAtLeast", "validation.passwordMax"] as const;

