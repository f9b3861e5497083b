import { describe, expect, it } from "vitest";
import { flattenError } from "zod";
import { translatorFor } from "@/lib/i18n/translator";
import { translateMessage } from "@/lib/i18n/message-key";
import { MAX_REPLY_CHARS, saveDraftInput, submitInput } from "./submission";

const english = (m: string) => translateMessage(translatorFor("en"), m);

const base = { iso3: "FRA", session: 65, letter: "a", language: "en", isNilReply: false, publication: "public", expectedVersion: 0 };
const errors = (schema: typeof saveDraftInput | typeof submitInput, input: unknown) => {
  const r = schema.safeParse(input);
  return r.success ? null : flattenError(r.error, (issue) => english(issue.message)).fieldErrors;
};

describe("reply validation (shared by the editor and the server)", () => {
  it("refuses 100,000 characters with a clear message", () => {
    expect(errors(saveDraftInput, { ...base, body: "x".repeat(100_000) })?.body?.[0]).toMatch(/at most 30,000 characters/);
    expect(errors(saveDraftInput, { ...base, body: "x".repeat(MAX_REPLY_CHARS) })).toBeNull();
  });
  it("lets a draft be empty but not a submission, unless it is a nil reply", () => {
    expect(errors(saveDraftInput, { ...base, body: "" })).toBeNull();
    expect(errors(submitInput, { ...base, body: "   " })?.body?.[0]).toMatch(/nil reply/);
    expect(errors(submitInput, { ...base, body: "", isNilReply: true })).toBeNull();
  });
  it("accepts only the six official languages and the two publication choices", () => {
    expect(errors(saveDraftInput, { ...base, body: "x", language: "de" })?.language?.[0]).toMatch(/six official languages/);
    expect(errors(saveDraftInput, { ...base, body: "x", publication: "secret" })?.publication).toBeDefined();
  });
  it("refuses wrong types and malformed addresses", () => {
    expect(errors(saveDraftInput, { ...base, body: 42 })?.body?.[0]).toBe("The reply must be text.");
    expect(errors(saveDraftInput, { ...base, body: "x", iso3: "FRANCE" })?.iso3).toBeDefined();
    expect(errors(saveDraftInput, { ...base, body: "x", expectedVersion: -1 })?.expectedVersion).toBeDefined();
  });
});
