/** Trivial route with no database and no auth: the baseline the performance bench compares against. */
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}
