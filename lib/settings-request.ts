import "server-only";
import { cache } from "react";
import { db } from "@/db/client";
import { readSettings } from "./settings";

/** The settings as this request sees them: read once per request (pages), once per call elsewhere. */
export const requestSettings = cache(() => readSettings(db()));
