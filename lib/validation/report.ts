import { z } from "zod";
import "./zod-messages";
import { itemRefSchema } from "./submission";
import { msg } from "@/lib/i18n/message-key";

export const issueReportInput = z.object({
  session: itemRefSchema.shape.session,
  /** What the Secretariat previewed (lib/report/compile.ts fingerprintOf). */
  fingerprint: z.string().regex(/^\d+-[0-9a-f]{8}$/, msg("validation.previewAgain")),
});

const GROUPS = ["african", "asia_pacific", "eastern_european", "latin_american_caribbean", "western_european_others"] as const;

/** The public search's query string; anything unexpected is dropped rather than refused. */
export const publishedSearchInput = z.object({
  q: z.string().trim().max(200).catch(""),
  item: z.string().regex(/^[a-z]$/).optional().catch(undefined),
  session: z.coerce.number().int().min(1).max(999).optional().catch(undefined),
  group: z.enum(GROUPS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(500).catch(1),
});
export type PublishedSearchInput = z.infer<typeof publishedSearchInput>;
