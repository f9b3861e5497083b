import { describe, expect, it } from "vitest";
import { keysGiven } from "@/tests/keys-given";
import { ADD_MEMBER_CHECKS, addMemberInput } from "./expert-group";
import { DEMO_DATE_CHECKS, demoDateInput } from "./timeline";
import { USER_CREATE_CHECKS, userCreateSchema } from "./users";
import { ZOD_MESSAGE_KEYS } from "./zod-message-keys";

/** Each field wrong in every way a form or a crafted request could make it. */
const BAD = [undefined, null, 42, "", "   ", "x".repeat(300), "not valid!"];

type Schema = Parameters<typeof keysGiven>[0][number];
/** A page, its form's schema, valid inputs with the ways to make each field wrong, and the checks the page sends. */
const PAGES: [string, Schema, [Record<string, unknown>, Record<string, readonly unknown[]>][], readonly string[]][] = [
  [
    "the accounts page",
    userCreateSchema,
    [
      [
        { email: "officer@mission.org", name: "Officer", role: "delegation", stateIso3: "FRA", password: "a long enough password" },
        { email: BAD, name: BAD, role: [...BAD, "king"], stateIso3: [...BAD, "FR", "FRANCE"], password: BAD },
      ],
      [{ email: "reviewer@un.org", name: "Reviewer", role: "reviewer", password: "a long enough password" }, { stateIso3: ["FRA"] }],
    ],
    USER_CREATE_CHECKS,
  ],
  ["the clock page", demoDateInput, [[{ date: "2010-05-01" }, { date: [...BAD, "2010-13-01", "1900-01-01", "2200-01-01"] }]], DEMO_DATE_CHECKS],
  ["the expert group's page", addMemberInput, [[{ groupId: 1, iso3: "FRA", expertName: "Expert" }, { groupId: [...BAD, -1, 1.5], iso3: [...BAD, "FR"], expertName: BAD }]], ADD_MEMBER_CHECKS],
];

describe("the checks the administrator's pages send to the browser", () => {
  it.each(PAGES)("%s: its form's schema names only messages the page sends, and the page sends none it never names", (_page, schema, inputs, checks) => {
    const given = new Set(inputs.flatMap(([valid, wrong]) => [...keysGiven([schema], valid, wrong)]));
    const sent = new Set<string>([...checks, ...ZOD_MESSAGE_KEYS]);
    for (const key of given) expect(sent, key).toContain(key);
    for (const key of checks) expect(given, key).toContain(key);
  });
});
