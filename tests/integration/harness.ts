import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { connectPglite, connectPostgres, type Connection } from "@/db/client";
import { migrate } from "@/db/migrate";
import { seedReferenceData } from "@/db/seed";

export interface TestDatabase {
  conn: Connection;
  close(): Promise<void>;
}

/**
 * A fresh, migrated and seeded database for one test file: in-memory PGlite by default, or a new
 * database on the throwaway PostgreSQL cluster when TEST_DATABASE=postgres (scripts/test-all.mjs).
 * The same test files run on both.
 */
export async function openTestDatabase(): Promise<TestDatabase> {
  if (process.env.TEST_DATABASE !== "postgres") {
    const conn = connectPglite();
    await migrate(conn);
    await seedReferenceData(conn.db);
    return { conn, close: () => conn.close() };
  }
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE=postgres needs DATABASE_URL");
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  const name = `t_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  await admin.unsafe(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const conn = connectPostgres(url.toString(), 4);
  await migrate(conn);
  await seedReferenceData(conn.db);
  return {
    conn,
    async close() {
      await conn.close();
      await admin.unsafe(`drop database ${name} with (force)`);
      await admin.end();
    },
  };
}
