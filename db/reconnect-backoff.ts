/**
 * Seconds a connection of a postgres.js pool waits before its next try to connect, after `failed` tries of
 * the pool have failed: 0.1, 0.2, 0.4, 0.8, then 1 at most, each between half and all of it, so that
 * instances do not all try in step. postgres.js's own wait, (0.5-1) × min(3^n / 100, 20) s, reaches 20 s after
 * seven failed tries, which a pool of eight makes in the second PostgreSQL takes to restart: on deadline day,
 * requests that met a restart then waited up to 20 s for a connection to the server that was back.
 */
export function reconnectBackoff(failed: number): number {
  return (0.5 + Math.random() / 2) * Math.min(0.1 * 2 ** Math.max(0, failed - 1), 1);
}
