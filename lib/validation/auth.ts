import { z } from "zod";

/** Shared by the sign-in form (zodResolver) and the server (safeParse). */
export const signInSchema = z.object({
  email: z
    .string({ error: "Enter your email address." })
    .trim()
    .min(1, "Enter your email address.")
    .max(254, "An email address has at most 254 characters.")
    .pipe(z.email("Enter a valid email address, like name@mission.org.")),
  password: z
    .string({ error: "Enter your password." })
    .min(1, "Enter your password.")
    .max(256, "A password has at most 256 characters."),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** The only message a failed sign-in ever shows: it does not say whether the account exists. */
export const GENERIC_SIGN_IN_ERROR = "The email address or password is incorrect.";
export const THROTTLED_SIGN_IN_ERROR = "Too many failed attempts. Wait 15 minutes, then try again.";
