import "server-only";
import { cache } from "react";
import { db } from "@/db/client";
import { readSettings, type Settings } from "./settings";

/** This request's settings, once they are asked for (pages; elsewhere each call is a request of its own). */
const requestSlot = cache((): { settings?: Promise<Settings> } => ({}));

/** The settings as this request sees them: read once per request (pages), once per call elsewhere. */
export function requestSettings(): Promise<Settings> {
  const slot = requestSlot();
  return (slot.settings ??= readSettings(db()));
}

/**
 * For a statement that reads the settings along with something else (the session check, lib/auth/guards.ts):
 * whether this request still has to read them, and a way to hand them over so nothing reads them again.
 */
export function settingsStillToRead(): ((settings: Promise<Settings>) => Promise<Settings>) | null {
  const slot = requestSlot();
  if (slot.settings) return null;
  return (settings) => (slot.settings ??= settings);
}
