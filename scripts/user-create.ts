// `npm run user:create -- --email a@b.org --name "…" --role delegation --state FRA`
// Creates a real account; the password is read from the USER_PASSWORD variable or generated and printed once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { connectFromEnv } from "@/db/client";
import { migrate } from "@/db/migrate";
import { isSeeded, seedReferenceData } from "@/db/seed";
import { systemContext } from "@/lib/context";
import { createUser } from "@/lib/users";
import { translateMessage } from "@/lib/i18n/message-key";
import { loadCatalog } from "@/i18n/catalog";
import { createTranslator } from "use-intl/core";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" }, state: { type: "string" } },
});
const password = process.env.USER_PASSWORD ?? randomBytes(12).toString("base64url");
const conn = connectFromEnv();
try {
  await migrate(conn);
  if (!(await isSeeded(conn.db))) await seedReferenceData(conn.db);
  const result = await createUser(systemContext(conn.db, "user:create"), { email: values.email, name: values.name, role: values.role, stateIso3: values.state, password });
  if (!result.ok) {
    // The service's messages are catalog keys: the console speaks English.
    const t = createTranslator({ locale: "en", messages: loadCatalog("en") });
    const english = (message: string) => translateMessage((key, v) => t(key as never, v as never), message);
    console.error(english(result.message));
    const flag: Record<string, string> = { stateIso3: "state" };
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) console.error(`  --${flag[field] ?? field}: ${messages?.map(english).join(" ")}`);
    process.exitCode = 1;
  } else {
    console.log(`Created ${result.data.email} (${values.role}).`);
    if (!process.env.USER_PASSWORD) console.log(`Password (shown once): ${password}`);
  }
} finally {
  await conn.close();
}
