import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { calendarTokens, memberStates, type MemberState } from "@/db/schema";
import { recordAuditBy } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-key";
import { canEditState } from "@/lib/permissions";
import { withTransaction, type ServiceContext } from "@/lib/context";

/**
 * Calendar clients cannot sign in, so a delegation's feed is opened by a secret in its URL. Only a hash is
 * stored: the token is shown once, when made. Making a new one revokes the old one at once.
 */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashCalendarToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export interface IssuedToken {
  token: string;
  createdAt: string;
}

export function rotateCalendarToken(ctx: ServiceContext, input: { iso3: string }): Promise<IssuedToken> {
  return withTransaction(ctx, async (tx) => {
    const [state] = await tx.select().from(memberStates).where(eq(memberStates.iso3, input.iso3)).for("update");
    if (!state) throw new AppError("not_found", msg("serverErrors.unknownState"));
    if (!canEditState(ctx.actor, state.id)) throw new AppError("forbidden", msg("serverErrors.calendar.ownStateOnly"));
    const revoked = await tx
      .update(calendarTokens)
      .set({ revokedAt: ctx.now })
      .where(and(eq(calendarTokens.memberStateId, state.id), isNull(calendarTokens.revokedAt)))
      .returning({ id: calendarTokens.id });
    const token = randomBytes(32).toString("base64url");
    const [row] = await tx
      .insert(calendarTokens)
      .values({ memberStateId: state.id, tokenHash: hashCalendarToken(token), createdById: ctx.actor.id, createdAt: ctx.now })
      .returning({ id: calendarTokens.id, createdAt: calendarTokens.createdAt });
    await recordAuditBy(tx, ctx, {
      action: "calendar_token.rotate",
      entityType: "calendar_token",
      entityId: String(row!.id),
      memberStateId: state.id,
      details: { revoked: revoked.map((r) => r.id) },
    });
    return { token, createdAt: row!.createdAt.toISOString() };
  });
}

/**
 * The State a feed request may read: no token is 401; a token that is malformed, unknown, revoked or
 * another State's is 403 (the answer does not say which).
 */
export async function verifyCalendarToken(db: Executor, iso3: string, token: string | null): Promise<MemberState> {
  if (!token) throw new AppError("unauthenticated", msg("serverErrors.calendar.needsLink"));
  const refused = new AppError("forbidden", msg("serverErrors.calendar.linkInvalid"));
  if (!TOKEN_PATTERN.test(token)) throw refused;
  const [row] = await db
    .select({ state: memberStates, revokedAt: calendarTokens.revokedAt })
    .from(calendarTokens)
    .innerJoin(memberStates, eq(memberStates.id, calendarTokens.memberStateId))
    .where(eq(calendarTokens.tokenHash, hashCalendarToken(token)));
  if (!row || row.revokedAt !== null || row.state.iso3 !== iso3.toUpperCase()) throw refused;
  return row.state;
}
