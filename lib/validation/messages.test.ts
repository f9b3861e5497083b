import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isMessageKey, parseMessage, translateMessage } from "@/lib/i18n/message-key";
import { LOCALES } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { signInSchema } from "./auth";
import { resetPasswordInput } from "./admin";
import { newResolutionInput } from "./resolution";
import { commentInput, extensionInput } from "./review";
import { saveDraftInput, submitInput } from "./submission";
import { userCreateSchema } from "./users";

/**
 * The schemas shared by the forms and the server speak in catalog keys: the form's field (components/ui/field.tsx)
 * and the action wrapper (lib/action.ts) put them in the reader's language.
 */
const BAD: [string, { safeParse: (v: unknown) => { success: boolean; error?: { issues: { message: string }[] } } }, unknown][] = [
  ["sign-in", signInSchema, { email: "not-an-email", password: "" }],
  ["reply", saveDraftInput, { iso3: "FRANCE", session: 65, letter: "A", body: "x".repeat(40_000), language: "de", isNilReply: "no", publication: "secret", expectedVersion: "x" }],
  ["empty submission", submitInput, { iso3: "FRA", session: 65, letter: "a", body: " ", language: "en", isNilReply: false, publication: "public", expectedVersion: 0 }],
  ["password reset", resetPasswordInput, { token: "short", password: "short", confirm: "other" }],
  ["comment", commentInput, { iso3: "FRA", session: 65, letter: "a", body: "", visibility: "all" }],
  ["extension", extensionInput, { iso3: "FRA", session: 65, deadline: "tomorrow", reason: "" }],
  ["user", userCreateSchema, { email: "x", name: "", role: "king", password: "short" }],
  ["resolution", newResolutionInput, { symbol: "65/41", title: "", agendaItem: 0.5, adoptedOn: "2010", paragraphs: [], items: [], cycle: {}, milestones: [] }],
];

describe("validation messages", () => {
  it.each(BAD)("%s: every message is a catalog key, in each of the six languages", (_name, schema, input) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => i.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(isMessageKey(m), m).toBe(true);
      const { key } = parseMessage(m)!;
      for (const locale of LOCALES) {
        const text = translateMessage(translatorFor(locale), m);
        expect(text, `${key} in ${locale}`).not.toBe(key);
        expect(text, `${key} in ${locale}`).not.toMatch(/[{}]|validation\./);
      }
    }
  });

  it("says the same thing in French as a French translator would", () => {
    const r = saveDraftInput.safeParse({ iso3: "FRA", session: 65, letter: "a", body: "x".repeat(40_000), language: "en", isNilReply: false, publication: "public", expectedVersion: 0 });
    expect(translateMessage(translatorFor("fr"), r.error!.issues[0]!.message)).toMatch(/^Une réponse compte au plus 30\s000 caractères\./);
    expect(translateMessage(translatorFor("en"), r.error!.issues[0]!.message)).toMatch(/^A reply has at most 30,000 characters\./);
  });

  it("no schema file writes an English message of its own", () => {
    const dir = path.join(__dirname);
    const files = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    const found = files.flatMap((f) =>
      readFileSync(path.join(dir, f), "utf8")
        .split("\n")
        .filter((line) => !/^\s*(\/\/|\*|\/\*\*)/.test(line))
        .filter((line) => /["`][A-Z][a-z']+ [^"`]*[.?]["`]/.test(line))
        .map((line) => `${f}: ${line.trim()}`),
    );
    expect(found).toEqual([]);
  });
});
