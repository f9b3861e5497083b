import { and, desc, eq, gte, like, lt, type SQL } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { auditEvents, memberStates, users } from "@/db/schema";
import { addDays, newYorkTime } from "@/lib/time";

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  action?: string;
  actor?: string;
  iso3?: string;
  /** New York calendar dates, inclusive. */
  from?: string;
  to?: string;
  /** Show events older than this id (keyset pagination: fast whatever the log's size). */
  before?: number;
}

export function parseAuditFilters(p: Record<string, string | string[] | undefined>): AuditFilters {
  const one = (k: string) => (typeof p[k] === "string" && p[k] ? (p[k] as string).trim().slice(0, 100) : undefined);
  const before = Number(one("before"));
  const date = (k: string) => {
    const v = one(k);
    return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
  };
  return {
    action: one("action"),
    actor: one("actor"),
    iso3: one("iso3")?.toUpperCase(),
    from: date("from"),
    to: date("to"),
    before: Number.isInteger(before) && before > 0 ? before : undefined,
  };
}

/** The global log, newest first, one page at a time. Read-only: nothing updates or deletes it. */
export async function listAuditEvents(db: Executor, f: AuditFilters) {
  const where: SQL[] = [];
  if (f.action) where.push(like(auditEvents.action, `${f.action.replace(/[%_]/g, "")}%`));
  if (f.actor) where.push(eq(auditEvents.actorId, f.actor));
  if (f.iso3) where.push(eq(memberStates.iso3, f.iso3));
  if (f.from) where.push(gte(auditEvents.createdAt, newYorkTime(`${f.from}T00:00`)));
  if (f.to) where.push(lt(auditEvents.createdAt, newYorkTime(`${addDays(f.to, 1)}T00:00`)));
  if (f.before) where.push(lt(auditEvents.id, f.before));
  const rows = await db
    .select({
      id: auditEvents.id,
      createdAt: auditEvents.createdAt,
      action: auditEvents.action,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      fromStatus: auditEvents.fromStatus,
      toStatus: auditEvents.toStatus,
      details: auditEvents.details,
      actor: users.name,
      iso3: memberStates.iso3,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .leftJoin(memberStates, eq(memberStates.id, auditEvents.memberStateId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(AUDIT_PAGE_SIZE + 1);
  return { events: rows.slice(0, AUDIT_PAGE_SIZE), nextBefore: rows.length > AUDIT_PAGE_SIZE ? rows[AUDIT_PAGE_SIZE - 1]!.id : null };
}

