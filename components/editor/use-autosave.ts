"use client";

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { ActionResult } from "@/lib/action";
import type { ConflictDetails, SavedState } from "@/lib/submissions/service";
import type { ReplyFields } from "@/lib/validation/submission";

export type SaveStatus =
  | { kind: "saved"; at: string | null }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "retrying"; attempt: number; inSeconds: number; message: string }
  | { kind: "failed"; message: string }
  /** The session has ended: the text is kept here and saved once the officer has signed in again. */
  | { kind: "signedOut" }
  | { kind: "conflict"; message: string; theirs: ConflictDetails["theirs"]; mine: ReplyFields };

/** Backoff after a failed save: 2, 4, 8, 16, then every 30 seconds; the text is kept locally meanwhile. */
const RETRY_DELAYS_S = [2, 4, 8, 16, 30];
/** After this many failures in a row the officer is warned, not just told "retrying". */
export const WARN_AFTER_FAILURES = 3;
const DEBOUNCE_MS = 1200;
/** While signed out, how often to try again (and at once when the tab regains focus). */
const SIGNED_OUT_RETRY_MS = 5000;

/**
 * A save that did not come back as an answer (a network error, or the sign-in page's HTML after the
 * proxy redirected a signed-out POST): ask the session endpoint whether the officer is still signed in.
 */
async function whyNoAnswer(): Promise<"unauthenticated" | "unavailable"> {
  try {
    const response = await fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" });
    if (!response.ok) return "unavailable";
    const session = (await response.json()) as { user?: unknown } | null;
    return session?.user ? "unavailable" : "unauthenticated";
  } catch {
    return "unavailable";
  }
}

interface LocalCopy extends ReplyFields {
  baseVersion: number;
  keptAt: string;
}

/**
 * Saves the draft on the server as the officer types (debounced) and when the field loses focus.
 * Saves run one at a time, each from the last version the server confirmed, so a stale save is
 * refused by the server as a conflict instead of overwriting. While a save cannot reach the server
 * the text is kept in this browser (localStorage) and retried; leaving the page warns.
 */
export function useAutosave(opts: {
  storageKey: string;
  initialVersion: number;
  initialSavedAt: string | null;
  save: (fields: ReplyFields, expectedVersion: number, newRevision: boolean) => Promise<ActionResult<SavedState>>;
  onSaved?: (state: SavedState) => void;
}) {
  const { storageKey, save, onSaved } = opts;
  const [status, setShownStatus] = useState<SaveStatus>({ kind: "saved", at: opts.initialSavedAt });
  // The status as last set, readable in callbacks without waiting for a render.
  const shown = useRef<SaveStatus>(status);
  const setStatus = useCallback((next: SaveStatus) => {
    shown.current = next;
    setShownStatus(next);
  }, []);
  const version = useRef(opts.initialVersion);
  const pending = useRef<ReplyFields | null>(null);
  const inFlight = useRef(false);
  const failures = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const blocked = useRef(false);
  // After a conflict the kept text is saved as a revision of its own, never over the other writer's.
  const forkNext = useRef(false);
  // flush schedules itself (retries, queued saves) through this ref.
  const flushRef = useRef<() => Promise<boolean>>(async () => false);

  const keepLocally = useCallback(
    (fields: ReplyFields) => {
      try {
        const copy: LocalCopy = { ...fields, baseVersion: version.current, keptAt: new Date().toISOString() };
        localStorage.setItem(storageKey, JSON.stringify(copy));
      } catch {
        // Private browsing or a full quota: the server copy is all we have.
      }
    },
    [storageKey],
  );

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    if (inFlight.current || blocked.current) return false;
    const fields = pending.current;
    if (!fields) return true;
    inFlight.current = true;
    pending.current = null;
    setStatus({ kind: "saving" });
    let result: ActionResult<SavedState> | undefined;
    try {
      result = await save(fields, version.current, forkNext.current);
    } catch {
      result = undefined;
    }
    if (!result || typeof result !== "object" || !("ok" in result)) {
      const code = await whyNoAnswer();
      result = { ok: false, code, message: code === "unavailable" ? "No connection to the server." : "" };
    }
    inFlight.current = false;
    if (result.ok) {
      failures.current = 0;
      forkNext.current = false;
      version.current = result.data.version;
      onSaved?.(result.data);
      if (pending.current) {
        void flushRef.current();
      } else {
        localStorage.removeItem(storageKey);
        setStatus({ kind: "saved", at: result.data.savedAt });
      }
      return true;
    }
    pending.current ??= fields;
    if (result.code === "conflict") {
      blocked.current = true;
      const theirs = (result.details as ConflictDetails).theirs;
      setStatus({ kind: "conflict", message: result.message, theirs, mine: pending.current });
      return false;
    }
    if (result.code === "unauthenticated") {
      // Signed out (the session ended): keep the text here, and save it once signed in again.
      setStatus({ kind: "signedOut" });
      timer.current = setTimeout(() => void flushRef.current(), SIGNED_OUT_RETRY_MS);
      return false;
    }
    if (result.code === "invalid" || result.code === "closed" || result.code === "forbidden") {
      // Retrying cannot help: say why, keep the text here.
      setStatus({ kind: "failed", message: result.message });
      return false;
    }
    failures.current += 1;
    const delay = RETRY_DELAYS_S[Math.min(failures.current - 1, RETRY_DELAYS_S.length - 1)]!;
    setStatus({ kind: "retrying", attempt: failures.current, inSeconds: delay, message: result.message });
    timer.current = setTimeout(() => void flushRef.current(), delay * 1000);
    return false;
  }, [onSaved, save, setStatus, storageKey]);

  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  /** Call on every change: keeps a local copy at once, saves to the server after a pause. */
  const changed = useCallback(
    (fields: ReplyFields) => {
      pending.current = fields;
      keepLocally(fields);
      if (blocked.current) return;
      const kind = shown.current.kind;
      if (kind === "retrying" || kind === "failed" || kind === "signedOut") return;
      setStatus({ kind: "dirty" });
      clearTimeout(timer.current);
      if (failures.current === 0) timer.current = setTimeout(() => void flush(), DEBOUNCE_MS);
    },
    [flush, keepLocally, setStatus],
  );

  /** After a conflict: continue from the server's newer version (with whichever text was chosen). */
  const resolveConflict = useCallback(
    (theirVersion: number, fields: ReplyFields | null) => {
      blocked.current = false;
      forkNext.current = true;
      version.current = theirVersion;
      pending.current = fields;
      if (fields) void flush();
      else {
        localStorage.removeItem(storageKey);
        setStatus({ kind: "saved", at: null });
      }
    },
    [flush, setStatus, storageKey],
  );

  const unsaved = status.kind !== "saved";

  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);

  useEffect(() => {
    // Back online: try at once instead of waiting for the next retry.
    const retry = () => {
      if (pending.current && !blocked.current) void flush();
    };
    window.addEventListener("online", retry);
    // Back from signing in again in another tab.
    window.addEventListener("focus", retry);
    return () => {
      window.removeEventListener("online", retry);
      window.removeEventListener("focus", retry);
      clearTimeout(timer.current);
    };
  }, [flush]);

  return { status, changed, flush, resolveConflict, version, failures };
}

const noSubscription = () => () => {};

/**
 * A copy kept in this browser that the server does not have (e.g. the tab was closed offline).
 * Read after hydration (the server has no localStorage), so the page renders the same on both sides.
 */
export function useLocalCopy(storageKey: string, server: ReplyFields): LocalCopy | null {
  const raw = useSyncExternalStore(
    noSubscription,
    () => {
      try {
        return localStorage.getItem(storageKey);
      } catch {
        return null;
      }
    },
    () => null,
  );
  return useMemo(() => parseLocalCopy(raw, server), [raw, server]);
}

function parseLocalCopy(raw: string | null, server: ReplyFields): LocalCopy | null {
  try {
    if (!raw) return null;
    const copy = JSON.parse(raw) as LocalCopy;
    const same =
      copy.body === server.body && copy.language === server.language && copy.isNilReply === server.isNilReply && copy.publication === server.publication;
    return same ? null : copy;
  } catch {
    return null;
  }
}
