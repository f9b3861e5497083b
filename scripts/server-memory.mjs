// The server's V8 old-space cap, one place for `npm start` (scripts/start.mjs) and the benches that
// start `next start` themselves (bench/deadline.ts, the profiled route bench).
//
// Without a cap, V8 sizes the old space from the machine's memory and lets the heap grow into it
// long before it collects hard: the server's RSS after the route bench was 470-580 MB on PostgreSQL
// for about 100 MB of live objects. Capped, V8 also grows the heap in smaller steps: 160, 192 and
// 256 MB all gave about 275 MB of RSS after the same bench, pages as fast; 256 leaves the most room.
// The big allocations of an export are not the main thread's: the PDF is typeset and the DOCX built
// on threads of their own, each with its own heap and cap (lib/report/worker-queue.ts).
// README ("Memory") gives the figures.

/** MB of old space for the server's main thread, unless the operator's NODE_OPTIONS sets its own. */
export const SERVER_OLD_SPACE_MB = 256;

/**
 * NODE_OPTIONS for the server: the operator's own, with the default cap added unless they already
 * set one (--max-old-space-size=..., with - or _).
 * @param {string | undefined} nodeOptions
 * @returns {string}
 */
export function serverNodeOptions(nodeOptions) {
  const own = (nodeOptions ?? "").trim();
  if (/--max[-_]old[-_]space[-_]size\b/.test(own)) return own;
  return `${own} --max-old-space-size=${SERVER_OLD_SPACE_MB}`.trim();
}
