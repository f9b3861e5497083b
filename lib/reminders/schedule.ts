import { DAY_MS } from "@/lib/time";

/**
 * Which reminder offset is due now for one State's deadline: the most recent one whose moment has
 * come (offset days before the deadline; negative = after). Older ones that were missed (the job
 * did not run) are skipped: a "14 days left" message sent 3 days before the deadline would mislead.
 */
export function dueOffset(offsets: readonly number[], deadline: Date, now: Date): number | null {
  let best: { offset: number; at: number } | null = null;
  for (const offset of offsets) {
    const at = deadline.getTime() - offset * DAY_MS;
    if (at <= now.getTime() && (!best || at > best.at)) best = { offset, at };
  }
  return best?.offset ?? null;
}

/** Items that still need the delegation's action. */
export const OPEN_STATUSES = ["not_started", "draft", "returned"] as const;
