import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("clientAddress", () => {
  it("with no proxy, is the connection's peer (appended last), whatever the client wrote", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("behind one proxy, is the address that proxy appended, not the leftmost forged one", () => {
    // client wrote "1.2.3.4"; the proxy appended the client's real address; the app appended the proxy.
    expect(clientAddress("1.2.3.4, 198.51.100.7, 10.0.0.2", 1)).toBe("198.51.100.7");
  });

  it("changing the client's own part of the header does not change the address", () => {
    const seen = new Set(["9.9.9.9", "8.8.8.8, 7.7.7.7", ""].map((forged) => clientAddress(`${forged ? forged + ", " : ""}198.51.100.7, 10.0.0.2`, 1)));
    expect([...seen]).toEqual(["198.51.100.7"]);
  });

  it("behind two proxies, counts two hops from the right", () => {
    expect(clientAddress("1.1.1.1, 198.51.100.7, 10.0.0.1, 10.0.0.2", 2)).toBe("198.51.100.7");
  });

  it("with fewer hops than proxies, takes the farthest one and never throws", () => {
    expect(clientAddress("10.0.0.2", 2)).toBe("10.0.0.2");
    expect(clientAddress(null, 1)).toBe("unknown");
  });
});
