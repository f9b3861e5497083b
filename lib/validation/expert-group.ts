import { z } from "zod";
import "./zod-messages";
import { msg } from "@/lib/i18n/message-key";

const groupId = z.number({ error: msg("validation.missingGroup") }).int().positive();
export const iso3Field = z
  .string({ error: msg("validation.chooseState") })
  .trim()
  .regex(/^[A-Za-z]{3}$/, msg("validation.chooseState"))
  .transform((s) => s.toUpperCase());
const expertName = z
  .string({ error: msg("validation.expertNameText") })
  .trim()
  .max(200, msg("validation.expertNameMax"));

/** Shared by the administrator's forms (zodResolver) and the Server Actions. */
export const addMemberInput = z.object({ groupId, iso3: iso3Field, expertName: expertName.optional() });
export const memberRefInput = z.object({ groupId, iso3: iso3Field });
export const setExpertNameInput = z.object({ groupId, iso3: iso3Field, expertName });

export type AddMemberInput = z.input<typeof addMemberInput>;
/** The messages addMemberInput names: what the expert group's page sends to the browser, with zod's own. */
export const ADD_MEMBER_CHECKS = ["validation.missingGroup", "validation.chooseState", "validation.expertNameText", "validation.expertNameMax"] as const;
