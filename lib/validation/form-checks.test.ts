import { describe, expect, it } from "vitest";
import { parseMessage } from "@/lib/i18n/message-key";
import { RESET_PASSWORD_CHECKS, resetPasswordInput } from "./admin";
import { SIGN_IN_CHECKS, signInSchema } from "./auth";
import { ADD_MEMBER_CHECKS, addMemberInput } from "./expert-group";
import { MAX_REPLY_CHARS, REPLY_FORM_CHECKS, replySchema, submittableReplySchema } from "./submission";
import { DEMO_DATE_CHECKS, demoDateInput } from "./timeline";
import { USER_CREATE_CHECKS, userCreateSchema } from "./users";
import { ZOD_MESSAGE_KEYS } from "./zod-message-keys";
import { zodMessage } from "./zod-messages";

/**
 * A page that sends the browser only its own forms' checks (i18n/client-messages.ts, FormChecks) must send every
 * message its schemas can give, and should send none they never give. Each schema is run on a valid input with each
 * field made wrong in every way a form or a crafted request could make it, and on no input at all.
 */

interface Schema {
  safeParse: (value: unknown) => { success: boolean; error?: { issues: { message: string }[] } };
}

/** The catalog keys the schemas give for those inputs. */
function keysGiven(schemas: readonly Schema[], inputs: readonly [Record<string, unknown>, Record<string, readonly unknown[]>][]): Set<string> {
  const given = new Set<string>();
  const note = (result: ReturnType<Schema["safeParse"]>) => {
    for (const issue of result.error?.issues ?? []) given.add(parseMessage(issue.message)?.key ?? issue.message);
  };
  for (const schema of schemas) {
    note(schema.safeParse(undefined));
    for (const [valid, wrong] of inputs) for (const [field, values] of Object.entries(wrong)) for (const value of values) note(schema.safeParse({ ...valid, [field]: value }));
  }
  return given;
}

const BAD = [undefined, null, 42, "", "   ", "x".repeat(300), "not valid!"];

/** A page, its forms' schemas, valid inputs with the ways to make each field wrong, and the checks the page sends. */
const PAGES: [string, Schema[], [Record<string, unknown>, Record<string, readonly unknown[]>][], readonly string[]][] = [
  [
    "the item editor",
    [replySchema, submittableReplySchema],
    [
      [
        { body: "x", language: "en", isNilReply: false, publication: "public" },
        {
          body: [undefined, null, 42, true, {}, ["x"], "", "   ", "x".repeat(MAX_REPLY_CHARS + 1)],
          language: [undefined, null, 42, "", "de", "EN"],
          isNilReply: [undefined, null, "no", 0, "true"],
          publication: [undefined, null, 1, "", "secret"],
        },
      ],
    ],
    REPLY_FORM_CHECKS,
  ],
  [
    "sign-in",
    [signInSchema],
    [
      [
        { email: "officer@un.org", password: "secret" },
        { email: [undefined, null, 42, "", "   ", "not-an-address", `${"a".repeat(250)}@un.org`], password: [undefined, null, 42, "", "x".repeat(257)] },
      ],
    ],
    SIGN_IN_CHECKS,
  ],
  [
    "the password reset page",
    [resetPasswordInput],
    [
      [
        { token: "t".repeat(43), password: "a long enough password", confirm: "a long enough password" },
        {
          token: [undefined, null, 42, "", "short", "t".repeat(201)],
          password: [undefined, null, 42, "", "short", "p".repeat(257)],
          confirm: [undefined, null, 42, "", "another password entirely"],
        },
      ],
    ],
    RESET_PASSWORD_CHECKS,
  ],
  [
    "the accounts page",
    [userCreateSchema],
    [
      [
        { email: "officer@mission.org", name: "Officer", role: "delegation", stateIso3: "FRA", password: "a long enough password" },
        { email: BAD, name: BAD, role: [...BAD, "king"], stateIso3: [...BAD, "FR", "FRANCE"], password: BAD },
      ],
      [{ email: "reviewer@un.org", name: "Reviewer", role: "reviewer", password: "a long enough password" }, { stateIso3: ["FRA"] }],
    ],
    USER_CREATE_CHECKS,
  ],
  ["the clock page", [demoDateInput], [[{ date: "2010-05-01" }, { date: [...BAD, "2010-13-01", "1900-01-01", "2200-01-01"] }]], DEMO_DATE_CHECKS],
  ["the expert group's page", [addMemberInput], [[{ groupId: 1, iso3: "FRA", expertName: "Expert" }, { groupId: [...BAD, -1, 1.5], iso3: [...BAD, "FR"], expertName: BAD }]], ADD_MEMBER_CHECKS],
];

describe("the checks a page sends to the browser", () => {
  it.each(PAGES)("%s: its forms' schemas name only messages the page sends, and the page sends none they never name", (_page, schemas, inputs, checks) => {
    const given = keysGiven(schemas, inputs);
    const sent = new Set<string>([...checks, ...ZOD_MESSAGE_KEYS]);
    for (const key of given) expect(sent, key).toContain(key);
    for (const key of checks) expect(given, key).toContain(key);
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
