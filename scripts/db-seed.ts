// `npm run db:seed`: load the real data of resolution 62/17 (idempotent: a second run changes nothing).
import { connectFromEnv } from "@/db/client";
import { migrate } from "@/db/migrate";
import { seedDemoAccounts, seedReferenceData } from "@/db/seed";
import { isProduction } from "@/lib/env";

const conn = connectFromEnv();
try {
  await migrate(conn);
  await seedReferenceData(conn.db);
  if (!isProduction()) await seedDemoAccounts(conn.db);
  console.log("Seeded: resolution 62/17, 193 Member States, cycles, expert group and milestones.");
} finally {
  await conn.close();
}
