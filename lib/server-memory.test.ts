import { describe, expect, it } from "vitest";
import { SERVER_OLD_SPACE_MB, serverNodeOptions } from "../scripts/server-memory.mjs";

describe("the server's default heap cap", () => {
  it("is added to the operator's NODE_OPTIONS, or given alone", () => {
    expect(serverNodeOptions(undefined)).toBe(`--max-old-space-size=${SERVER_OLD_SPACE_MB}`);
    expect(serverNodeOptions("")).toBe(`--max-old-space-size=${SERVER_OLD_SPACE_MB}`);
    expect(serverNodeOptions("--enable-source-maps")).toBe(`--enable-source-maps --max-old-space-size=${SERVER_OLD_SPACE_MB}`);
  });

  it("leaves an operator's own cap as it is, however it is spelt", () => {
    expect(serverNodeOptions("--max-old-space-size=1024")).toBe("--max-old-space-size=1024");
    expect(serverNodeOptions(" --trace-gc --max_old_space_size=512 ")).toBe("--trace-gc --max_old_space_size=512");
  });
});
