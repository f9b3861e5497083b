import { connection as requestTime } from "next/server";
import { connection } from "@/db/client";
import { env } from "@/lib/env";
import { dumpPglite } from "@/lib/ops/backup";
import { errorFields, log, requestIdFrom, withRequestId } from "@/lib/ops/log";
import { bearerMatches } from "@/lib/ops/metrics";

/**
 * A consistent backup of the embedded PGlite database while the server runs (gzipped tarball of its
 * data folder; see lib/ops/backup.ts), for `npm run backup`. `Authorization: Bearer $BACKUP_TOKEN`;
 * without BACKUP_TOKEN the route does not exist. On PostgreSQL use pg_dump (README, Backups).
 */
export async function GET(request: Request) {
  await requestTime();
  const e = env();
  if (!e.BACKUP_TOKEN) return new Response("Not found.\n", { status: 404 });
  if (!bearerMatches(request, e.BACKUP_TOKEN)) return new Response("Unauthorized.\n", { status: 401 });
  const conn = connection();
  if (conn.kind !== "pglite") {
    return Response.json({ error: "not_found", message: "This server runs on PostgreSQL: back it up with pg_dump (README, Backups)." }, { status: 404 });
  }
  const requestId = requestIdFrom(request.headers);
  return withRequestId(requestId, async () => {
    try {
      const started = performance.now();
      const bytes = await dumpPglite(conn);
      log.info("backup dumped", { bytes: bytes.byteLength, ms: Math.round(performance.now() - started) });
      const name = `tracker-pglite-${new Date().toISOString().replaceAll(":", "-").replace(/\..*/, "")}.tar.gz`;
      return new Response(bytes as Uint8Array<ArrayBuffer>, {
        headers: { "content-type": "application/gzip", "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store", "x-request-id": requestId },
      });
    } catch (error) {
      log.error("backup failed", errorFields(error));
      return Response.json({ error: "internal", message: "The backup failed; see the server log." }, { status: 500 });
    }
  });
}
