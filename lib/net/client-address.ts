import { env } from "@/lib/env";

/**
 * The client's address, from X-Forwarded-For as the server sees it: every hop appends the address
 * of the peer it received the request from, and this server appends its own peer (lib/net/peer.ts),
 * so the list ends with the addresses that trusted machines wrote. With `trustedProxies` reverse
 * proxies in front of the app (TRUSTED_PROXIES), the client is the entry that many places from the
 * right end; everything to its left was written by the client and is never read. With no proxy the
 * client is the connection's own peer, the rightmost entry.
 */
export function clientAddress(forwardedFor: string | null | undefined, trustedProxies: number): string {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (hops.length === 0) return "unknown";
  // Fewer hops than proxies: the request skipped a proxy; take the farthest hop a trusted machine wrote.
  return hops[Math.max(0, hops.length - 1 - trustedProxies)]!;
}

/** The client's address of a request handled by this server. */
export function requestClientAddress(headers: Headers): string {
  return clientAddress(headers.get("x-forwarded-for"), env().TRUSTED_PROXIES);
}
