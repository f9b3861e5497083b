import { describe, expect, it } from "vitest";
import { relyingParty } from "./relying-party";

const h = (init: Record<string, string>) => new Headers(init);

describe("relyingParty", () => {
  it("takes AUTH_URL when set, whatever the request's headers say", () => {
    const rp = relyingParty(h({ host: "evil.example", "x-forwarded-proto": "http" }), { authUrl: "https://tracker.un.org/some/path", trustedProxies: 1 });
    expect(rp).toMatchObject({ rpID: "tracker.un.org", origin: "https://tracker.un.org" });
  });

  it("keeps a port in the origin, never in the rpID", () => {
    expect(relyingParty(h({}), { authUrl: "http://localhost:3113" })).toMatchObject({ rpID: "localhost", origin: "http://localhost:3113" });
    expect(relyingParty(h({ host: "localhost:3113" }), { authUrl: "", trustedProxies: 0 })).toMatchObject({ rpID: "localhost", origin: "http://localhost:3113" });
  });

  it("without AUTH_URL, believes X-Forwarded-Proto only behind a trusted proxy", () => {
    const headers = h({ host: "tracker.un.org", "x-forwarded-proto": "https" });
    expect(relyingParty(headers, { authUrl: "", trustedProxies: 0 }).origin).toBe("http://tracker.un.org");
    expect(relyingParty(headers, { authUrl: "", trustedProxies: 1 }).origin).toBe("https://tracker.un.org");
  });
});
