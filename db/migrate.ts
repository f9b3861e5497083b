import path from "node:path";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { Connection } from "./client";

export const MIGRATIONS_FOLDER = path.resolve(/* turbopackIgnore: true */ process.cwd(), "drizzle");

// Several app instances may start at once on one server: the first migrates, the others wait.
const MIGRATION_LOCK_KEY = 6217_0001;

/** Applies the committed drizzle-kit migrations; drizzle records them, so a second run is a no-op. */
export async function migrate(conn: Connection): Promise<void> {
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (conn.kind === "pglite") {
    await migratePglite(conn.db as never, config);
    return;
  }
  // One dedicated connection, so the advisory lock and the migration share a session.
  const client = postgres(conn.url!, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzle(client), config);
  } finally {
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.catch(() => {});
    await client.end({ timeout: 5 });
  }
}
