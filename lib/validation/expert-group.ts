import { z } from "zod";

const groupId = z.number({ error: "Missing expert group." }).int().positive();
export const iso3Field = z
  .string({ error: "Choose a Member State." })
  .trim()
  .regex(/^[A-Za-z]{3}$/, "Choose a Member State.")
  .transform((s) => s.toUpperCase());
const expertName = z
  .string({ error: "The expert's name must be text." })
  .trim()
  .max(200, "An expert's name has at most 200 characters.");

/** Shared by the administrator's forms (zodResolver) and the Server Actions. */
export const addMemberInput = z.object({ groupId, iso3: iso3Field, expertName: expertName.optional() });
export const memberRefInput = z.object({ groupId, iso3: iso3Field });
export const setExpertNameInput = z.object({ groupId, iso3: iso3Field, expertName });

export type AddMemberInput = z.input<typeof addMemberInput>;
