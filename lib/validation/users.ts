import { z } from "zod";

export const ROLES = ["delegation", "reviewer", "admin"] as const;

export const userCreateSchema = z
  .object({
    email: z
      .string({ error: "Enter an email address." })
      .trim()
      .toLowerCase()
      .max(254, "An email address has at most 254 characters.")
      .pipe(z.email("Enter a valid email address.")),
    name: z.string({ error: "Enter a name." }).trim().min(1, "Enter a name.").max(200, "A name has at most 200 characters."),
    role: z.enum(ROLES, { error: "Choose delegation, reviewer or admin." }),
    stateIso3: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^([A-Z]{3})?$/, "Give the State's three-letter code, e.g. FRA.")
      .optional(),
    password: z.string().min(12, "A password has at least 12 characters.").max(256, "A password has at most 256 characters."),
  })
  .refine((u) => u.role !== "delegation" || u.stateIso3, { path: ["stateIso3"], message: "A delegation user needs a Member State." })
  .refine((u) => u.role === "delegation" || !u.stateIso3, { path: ["stateIso3"], message: "Only delegation users belong to a Member State." });

