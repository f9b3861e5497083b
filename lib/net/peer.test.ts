import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";
import { appendPeerAddressToForwardedFor } from "./peer";

/**
 * With no trusted proxy (TRUSTED_PROXIES=0), the client's address is the connection's own: a real
 * HTTP server, patched as the app's server is (instrumentation.ts), receives requests whose
 * X-Forwarded-For the client forged or left out, and the helper reads the socket's peer every time.
 */
let server: Server;
let port = 0;
beforeAll(async () => {
  appendPeerAddressToForwardedFor();
  server = createServer((req, res) => {
    const forwarded = req.headers["x-forwarded-for"];
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ address: clientAddress(Array.isArray(forwarded) ? forwarded.join(", ") : forwarded, 0), peer: req.socket.remoteAddress }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(headers: Record<string, string>): Promise<{ address: string; peer: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: "/", headers }, (res) => {
      let body = "";
      res.on("data", (c: Buffer) => (body += c.toString()));
      res.on("end", () => resolve(JSON.parse(body) as { address: string; peer: string }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("client address with no trusted proxy", () => {
  it("is the connection's peer when the client sends no X-Forwarded-For", async () => {
    const seen = await get({});
    expect(seen.peer).toMatch(/127\.0\.0\.1$/);
    expect(seen.address).toBe(seen.peer);
  });

  it("is the connection's peer whatever X-Forwarded-For the client forged", async () => {
    for (const forged of ["6.6.6.6", "6.6.6.6, 7.7.7.7", "unknown", "203.0.113.9,"]) {
      const seen = await get({ "x-forwarded-for": forged });
      expect(seen.address, forged).toBe(seen.peer);
      expect(seen.address).not.toContain("6.6.6.6");
    }
  });
});
