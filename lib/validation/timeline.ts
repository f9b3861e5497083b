import { z } from "zod";
import "./zod-messages";
import { iso3Field } from "./expert-group";
import { msg } from "@/lib/i18n/message-key";

/** The demo date an administrator sets ("" puts the clock back to TRACKER_TODAY or the real date). */
export const demoDateInput = z.object({
  date: z.union([z.literal(""), z.iso.date(msg("validation.demoDate"))]).refine((d) => d === "" || (d >= "1945-10-24" && d <= "2100-12-31"), {
    message: msg("validation.demoDateRange"),
  }),
});
export type DemoDateInput = z.infer<typeof demoDateInput>;
/** The messages demoDateInput names: what the clock page sends to the browser, with zod's own. */
export const DEMO_DATE_CHECKS = ["validation.demoDate", "validation.demoDateRange"] as const;

export const rotateTokenInput = z.object({ iso3: iso3Field });
