// zod/mini keeps the sign-in page's first load light; the same schema runs on the server.
import * as z from "zod/mini";
import "./zod-messages";
import { msg } from "@/lib/i18n/message-key";

/** Shared by the sign-in form (zodResolver) and the server (safeParse). */
export const signInSchema = z.object({
  // The address format is checked only once the field is filled and not too long (one message at a time).
  email: z.pipe(
    z
      .string({ error: msg("validation.enterEmail") })
      .check(z.trim(), z.minLength(1, msg("validation.enterEmail")), z.maxLength(254, msg("validation.emailMax"))),
    z.email(msg("validation.emailInvalid")),
  ),
  password: z.string({ error: msg("validation.enterPassword") }).check(z.minLength(1, msg("validation.enterPassword")), z.maxLength(256, msg("validation.passwordMax"))),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** The messages the sign-in form's own check (signInSchema) names: what the sign-in page sends to the browser, with zod's own. */
export const SIGN_IN_CHECKS = ["validation.enterEmail", "validation.emailMax", "validation.emailInvalid", "validation.enterPassword", "validation.passwordMax"] as const;

/** The only message a failed sign-in ever shows: it does not say whether the account exists. */
export const GENERIC_SIGN_IN_ERROR = msg("validation.signInFailed");
export const THROTTLED_SIGN_IN_ERROR = msg("validation.signInThrottled");
