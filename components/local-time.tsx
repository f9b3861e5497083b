"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** The same moment in the viewer's own time zone; renders nothing on the server (no zone there). */
export function LocalTime({ iso }: { iso: string }) {
  const text = useSyncExternalStore(
    subscribe,
    () => new Intl.DateTimeFormat(undefined, { dateStyle: "long", timeStyle: "short" }).format(new Date(iso)),
    () => "",
  );
  if (!text) return null;
  return <span className="muted"> — your time: {text}</span>;
}
