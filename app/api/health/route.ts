import { connection } from "next/server";

/**
 * Liveness: 200 while the process serves requests, whatever the database does (restarting the
 * app would not bring the database back). Readiness, with the database, is /api/health/ready.
 */
export async function GET() {
  await connection();
  return Response.json({ status: "ok" });
}
