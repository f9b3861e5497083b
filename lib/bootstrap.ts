import { connection, type Connection } from "@/db/client";
import { migrate } from "@/db/migrate";
import { isSeeded, seedDemoAccounts, seedReferenceData, type DemoLogin } from "@/db/seed";
import { env, isProduction, type Env } from "./env";

export interface BootstrapResult {
  database: Connection["kind"];
  seeded: boolean;
  demoLogins: DemoLogin[];
}

/**
 * Runs before the app serves (instrumentation.ts) and from `npm run db:migrate`: apply migrations,
 * seed the real data into an empty database, and outside production make the demo accounts.
 */
export async function bootstrap(conn: Connection = connection(), e: Env = env()): Promise<BootstrapResult> {
  if (e.NODE_ENV === "production" && !e.AUTH_SECRET) {
    throw new Error("AUTH_SECRET is not set: refusing to start. Generate one with `openssl rand -base64 32`.");
  }
  await migrate(conn);
  let seeded = false;
  if (!(await isSeeded(conn.db))) {
    await seedReferenceData(conn.db);
    seeded = true;
  }
  const demoLogins = isProduction(e) ? [] : await seedDemoAccounts(conn.db);
  return { database: conn.kind, seeded, demoLogins };
}

export function describeBootstrap(result: BootstrapResult): string {
  const lines = [`Database: ${result.database === "pglite" ? "embedded PGlite" : "PostgreSQL"}${result.seeded ? " (seeded with the 62/17 data)" : ""}`];
  if (result.demoLogins.length > 0) {
    lines.push("Demo logins (not in production):");
    for (const l of result.demoLogins) {
      lines.push(`  ${l.email.padEnd(24)} ${l.password}   ${l.role}${l.state ? `, ${l.state}` : ""}${l.totpSecret ? "   + TOTP code" : ""}`);
    }
    const secret = result.demoLogins.find((l) => l.totpSecret)?.totpSecret;
    if (secret) lines.push(`  The Secretariat's accounts need a code from an authenticator app set up with the key ${secret}.`);
  }
  return lines.join("\n");
}
