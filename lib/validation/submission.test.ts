import { describe, expect, it } from "vitest";
import { flattenError } from "zod";
import { translatorFor } from "@/lib/i18n/translator";
import { translateMessage } from "@/lib/i18n/message-key";
import { parseMessage } from "@/lib/i18n/message-key";
import { MAX_REPLY_CHARS, REPLY_FORM_CHECKS, replySchema, saveDraftInput, submitInput, submittableReplySchema } from "./submission";
import { ZOD_MESSAGE_KEYS } from "./zod-message-keys";
import { zodMessage } from "./zod-messages";
import { keysGiven } from "@/tests/keys-given";

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

describe("the checks the editor's page sends to the browser", () => {
  // Every field wrong in every way a form or a hand-made request could make it.
  const wrong: Record<string, unknown[]> = {
    body: [undefined, null, 42, true, {}, ["x"], "", "   ", "x".repeat(MAX_REPLY_CHARS + 1)],
    language: [undefined, null, 42, "", "de", "EN"],
    isNilReply: [undefined, null, "no", 0, "true"],
    publication: [undefined, null, 1, "", "secret"],
  };
  const valid = { body: "x", language: "en", isNilReply: false, publication: "public" };

  it("names only messages it sends (REPLY_FORM_CHECKS and zod's own), and each of them", () => {
    const given = keysGiven([replySchema, submittableReplySchema], valid, wrong);
    const sent = new Set<string>([...REPLY_FORM_CHECKS, ...ZOD_MESSAGE_KEYS]);
    for (const key of given) expect(sent, key).toContain(key);
    for (const key of REPLY_FORM_CHECKS) expect(given, key).toContain(key);
  });

  it("zod's own messages are the ones listed for the pages that send only their own checks", () => {
    const issues = [
      { code: "invalid_type", input: undefined },
      { code: "invalid_type", input: 3 },
      { code: "too_small", origin: "string", minimum: 1 },
      { code: "too_small", origin: "string", minimum: 8 },
      { code: "too_small", origin: "array", minimum: 1 },
      { code: "too_small", origin: "number", minimum: 0 },
      { code: "too_big", origin: "string", maximum: 10 },
      { code: "too_big", origin: "array", maximum: 10 },
      { code: "too_big", origin: "number", maximum: 10 },
      { code: "invalid_value" },
      { code: "invalid_format" },
      { code: "custom" },
    ];
    const keys = new Set(issues.map((issue) => parseMessage(zodMessage(issue as never)!)!.key));
    expect([...keys].sort()).toEqual([...ZOD_MESSAGE_KEYS].sort());
  });
});
