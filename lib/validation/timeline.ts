import { z } from "zod";
import { iso3Field } from "./expert-group";

/** The demo date an administrator sets ("" puts the clock back to TRACKER_TODAY or the real date). */
export const demoDateInput = z.object({
  date: z.union([z.literal(""), z.iso.date("Enter a date as YYYY-MM-DD, e.g. 2010-05-01.")]).refine((d) => d === "" || (d >= "1945-10-24" && d <= "2100-12-31"), {
    message: "Choose a date between 24 October 1945 and 2100.",
  }),
});
export type DemoDateInput = z.infer<typeof demoDateInput>;

export const rotateTokenInput = z.object({ iso3: iso3Field });
