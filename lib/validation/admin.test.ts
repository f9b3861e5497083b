import { describe, expect, it } from "vitest";
import { keysGiven } from "@/tests/keys-given";
import { RESET_PASSWORD_CHECKS, resetPasswordInput } from "./admin";
import { ZOD_MESSAGE_KEYS } from "./zod-message-keys";

describe("the checks the password reset page sends to the browser", () => {
  it("names only messages it sends (RESET_PASSWORD_CHECKS and zod's own), and each of them", () => {
    const valid = { token: "t".repeat(43), password: "a long enough password", confirm: "a long enough password" };
    const wrong = {
      token: [undefined, null, 42, "", "short", "t".repeat(201)],
      password: [undefined, null, 42, "", "short", "p".repeat(257)],
      confirm: [undefined, null, 42, "", "another password entirely"],
    };
    const given = keysGiven([resetPasswordInput], valid, wrong);
    const sent = new Set<string>([...RESET_PASSWORD_CHECKS, ...ZOD_MESSAGE_KEYS]);
    for (const key of given) expect(sent, key).toContain(key);
    for (const key of RESET_PASSWORD_CHECKS) expect(given, key).toContain(key);
  });
});
