import { and, eq, isNull, lt, or, sql } from "drizzle-orm";
import QRCode from "qrcode";
import type { Executor } from "@/db/client";
import { loginAttempts, passkeys, recoveryCodes, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "./password";
import { endUserSessions, markSecondFactorDone } from "./sessions";
import { releaseAfterSuccess, reserveAttempt, type ThrottleKey } from "./throttle";
import { decryptSecret, encryptSecret, matchingStep, newRecoveryCodes, newTotpSecret, normaliseRecoveryCode, totpUri } from "./totp";
import { msg } from "@/lib/i18n/message-key";

/** The second factor is throttled like the password: per account and address, with a growing delay. */
export function secondFactorKeys(userId: string, ip: string): ThrottleKey[] {
  return [
    { key: `2fa:${userId}|${ip}`, limit: 5, grows: true },
    { key: `2fa:${userId}`, limit: 30, grows: false },
  ];
}

/** Starts (or restarts) enrolment: a new secret, kept encrypted and inactive until a code confirms it. */
export async function startTotpEnrolment(db: Executor, user: { id: string; email: string }) {
  const [row] = await db.select({ enabled: users.totpEnabledAt }).from(users).where(eq(users.id, user.id));
  if (row?.enabled) throw new AppError("conflict", msg("serviceErrors.secondFactorExists"));
  const secret = newTotpSecret();
  await db.update(users).set({ totpSecret: encryptSecret(secret) }).where(eq(users.id, user.id));
  const uri = totpUri(secret, user.email);
  const qrSvg = await QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return { secret, uri, qrSvg };
}

/** Confirms enrolment with a first code: the factor becomes active, ten recovery codes are issued (shown once). */
export async function confirmTotpEnrolment(db: Executor, input: { userId: string; code: string; sessionId: string; now: Date }) {
  const [row] = await db.select({ secret: users.totpSecret, enabled: users.totpEnabledAt }).from(users).where(eq(users.id, input.userId));
  if (!row?.secret || row.enabled) throw new AppError("conflict", msg("serviceErrors.restartSetUp"));
  const secret = decryptSecret(row.secret);
  const step = secret ? matchingStep(secret, input.code, input.now.getTime()) : null;
  if (step === null) throw new AppError("invalid", msg("security.codeWrong"), { fieldErrors: { code: [msg("security.codeWrong")] } });
  await db.update(users).set({ totpEnabledAt: input.now, totpLastStep: step }).where(eq(users.id, input.userId));
  const codes = await issueRecoveryCodes(db, input.userId, input.now);
  await markSecondFactorDone(db, input.sessionId, input.now);
  await recordAudit(db, { actorId: input.userId, action: "user.second_factor_enrol", entityType: "user", entityId: input.userId, details: { method: "totp" }, createdAt: input.now });
  return { recoveryCodes: codes };
}

/** Ten new recovery codes (the old ones are dropped); answers them in clear, to be shown once. */
export async function issueRecoveryCodes(db: Executor, userId: string, now: Date): Promise<string[]> {
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map((c) => hashPassword(c)));
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash, createdAt: now })));
  return codes;
}

export type SecondFactorCheck = { ok: true; method: "totp" | "recovery" } | { ok: false; reason: "invalid" | "throttled" };

/**
 * Checks a six-digit code or a recovery code for a session that passed the password. A code is
 * accepted once (its 30-second step must be later than the last accepted, in one atomic update);
 * a recovery code is used up.
 */
export async function verifySecondFactor(db: Executor, input: { userId: string; code: string; sessionId: string; ip: string; now: Date }): Promise<SecondFactorCheck> {
  const keys = secondFactorKeys(input.userId, input.ip);
  const reserved = await reserveAttempt(db, keys, input.now);
  if (!reserved.allowed) return { ok: false, reason: "throttled" };
  const [row] = await db.select({ secret: users.totpSecret, enabled: users.totpEnabledAt, email: users.email }).from(users).where(eq(users.id, input.userId));
  let method: "totp" | "recovery" | null = null;
  if (row?.enabled && row.secret) {
    const secret = decryptSecret(row.secret);
    const step = secret ? matchingStep(secret, input.code, Date.now()) : null;
    if (step !== null) {
      const taken = await db
        .update(users)
        .set({ totpLastStep: step })
        .where(and(eq(users.id, input.userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
        .returning({ id: users.id });
      if (taken.length) method = "totp";
    }
  }
  // Recovery codes exist only while a second factor (an app or a passkey) is set up; a reset drops them.
  if (row && method === null && /[a-z]/i.test(input.code)) {
    const code = normaliseRecoveryCode(input.code);
    const unused = await db.select().from(recoveryCodes).where(and(eq(recoveryCodes.userId, input.userId), isNull(recoveryCodes.usedAt)));
    for (const candidate of unused) {
      if (await verifyPassword(candidate.codeHash, code)) {
        const used = await db
          .update(recoveryCodes)
          .set({ usedAt: input.now })
          .where(and(eq(recoveryCodes.id, candidate.id), isNull(recoveryCodes.usedAt)))
          .returning({ id: recoveryCodes.id });
        if (used.length) method = "recovery";
        break;
      }
    }
  }
  await db.insert(loginAttempts).values({ key: `email:${row?.email ?? "unknown"}`, succeeded: method !== null, attemptedAt: input.now, userId: input.userId, ip: input.ip, method: method ?? "totp" });
  if (!method) return { ok: false, reason: "invalid" };
  await releaseAfterSuccess(db, keys);
  await markSecondFactorDone(db, input.sessionId, input.now);
  return { ok: true, method };
}

export async function remainingRecoveryCodes(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.n ?? 0;
}

/**
 * Removes a user's second factor, app and passkeys alike (lost device), ending every open session of theirs: they sign in
 * with their password and set up a new one. Audited with who did it.
 */
export async function resetSecondFactor(tx: Executor, input: { actorId: string; userId: string; now: Date }) {
  const [user] = await tx
    .update(users)
    .set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, input.userId))
    .returning({ id: users.id, email: users.email });
  if (!user) throw new AppError("not_found", msg("serverErrors.admin.unknownUser"));
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, input.userId));
  await tx.delete(passkeys).where(eq(passkeys.userId, input.userId));
  await endUserSessions(tx, input.userId, new Date());
  await recordAudit(tx, { actorId: input.actorId, action: "user.second_factor_reset", entityType: "user", entityId: user.id, details: { email: user.email }, createdAt: input.now });
  return user;
}
