import { parseMessage } from "@/lib/i18n/message-key";

interface Schema {
  safeParse: (value: unknown) => { success: boolean; error?: { issues: { message: string }[] } };
}

/**
 * For tests: the catalog keys that schemas give when each field of a valid input is made wrong in each of the
 * ways listed (and when the input is missing altogether). A page that sends the browser only its own form's
 * checks (i18n/client-messages.ts, FormChecks) must send every key this finds.
 */
export function keysGiven(schemas: readonly Schema[], valid: Record<string, unknown>, wrong: Record<string, readonly unknown[]>): Set<string> {
  const given = new Set<string>();
  const note = (result: ReturnType<Schema["safeParse"]>) => {
    for (const issue of result.error?.issues ?? []) given.add(parseMessage(issue.message)?.key ?? issue.message);
  };
  for (const schema of schemas) {
    note(schema.safeParse(undefined));
    for (const [field, values] of Object.entries(wrong)) for (const value of values) note(schema.safeParse({ ...valid, [field]: value }));
  }
  return given;
}
