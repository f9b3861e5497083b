// zod/mini keeps the sign-in page's first load light; the same schema runs on the server.
import * as z from "zod/mini";

/** Shared by the sign-in form (zodResolver) and the server (safeParse). */
export const signInSchema = z.object({
  // The address format is checked only once the field is filled and not too long (one message at a time).
  email: z.pipe(
    z
      .string({ error: "Enter your email address." })
      .check(z.trim(), z.minLength(1, "Enter your email address."), z.maxLength(254, "An email address has at most 254 characters.")),
    z.email("Enter a valid email address, like name@mission.org."),
  ),
  password: z.string({ error: "Enter your password." }).check(z.minLength(1, "Enter your password."), z.maxLength(256, "A password has at most 256 characters.")),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** The only message a failed sign-in ever shows: it does not say whether the account exists. */
export const GENERIC_SIGN_IN_ERROR = "The email address or password is incorrect.";
export const THROTTLED_SIGN_IN_ERROR = "Too many failed attempts. Wait 15 minutes, then try again.";
