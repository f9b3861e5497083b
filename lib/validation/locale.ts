import * as z from "zod/mini";
import "./zod-messages";
import { LOCALES } from "@/lib/i18n/locales";

/** One of the six official languages, as the language switcher sends it. */
export const chooseLocaleInput = z.object({ locale: z.enum(LOCALES) });
