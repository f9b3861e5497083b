import { describe, expect, it } from "vitest";
import { flattenError } from "zod";
import { translatorFor } from "@/lib/i18n/translator";
import { translateMessage } from "@/lib/i18n/message-key";
import { signInSchema } from "./auth";

const english = (m: string) => translateMessage(translatorFor("en"), m);

const errorsOf = (input: unknown) => {
  const r = signInSchema.safeParse(input);
  return r.success ? {} : flattenError(r.error, (issue) => english(issue.message)).fieldErrors;
};

describe("signInSchema", () => {
  it("accepts an email and a password, trimming the email", () => {
    expect(signInSchema.parse({ email: " a@b.org ", password: "x" })).toEqual({ email: "a@b.org", password: "x" });
  });
  it("asks for both fields when empty", () => {
    expect(errorsOf({ email: "", password: "" })).toEqual({ email: ["Enter your email address."], password: ["Enter your password."] });
  });
  it("refuses 10,000 characters with a clear message", () => {
    expect(errorsOf({ email: `${"a".repeat(10_000)}@b.org`, password: "p".repeat(10_000) })).toEqual({
      email: ["An email address has at most 254 characters."],
      password: ["A password has at most 256 characters."],
    });
  });
  it("refuses wrong types", () => {
    expect(errorsOf({ email: 42, password: ["x"] })).toEqual({ email: ["Enter your email address."], password: ["Enter your password."] });
    expect(errorsOf(null)).toBeDefined();
  });
  it("refuses a malformed address", () => {
    expect(errorsOf({ email: "not-an-email", password: "x" })).toEqual({ email: ["Enter a valid email address, like name@mission.org."] });
  });
});
