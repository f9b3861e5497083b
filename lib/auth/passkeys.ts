import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type AuthenticatorTransport,
  type PublicKeyCredentialCreationOptionsJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
} from "@simplewebauthn/server";
import { and, asc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { Executor } from "@/db/client";
import { authSessions, loginAttempts, passkeys, recoveryCodes, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message-key";
import type { RelyingParty } from "./relying-party";
import { issueRecoveryCodes, secondFactorKeys, type SecondFactorCheck } from "./second-factor";
import { secondFactorRequiredFor } from "./second-factor-policy";
import { markSecondFactorDone } from "./sessions";
import { releaseAfterSuccess, reserveAttempt } from "./throttle";

/** A challenge may be answered for five minutes, once, by the session it was given to. */
export const PASSKEY_CHALLENGE_TTL_MS = 5 * 60 * 1000;
/** Passkeys one account may hold. */
export const MAX_PASSKEYS = 10;

type Purpose = "register" | "sign-in";

const toBase64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64url");
const fromBase64Url = (text: string) => new Uint8Array(Buffer.from(text, "base64url"));

/** Whether the user has a second factor of any kind (an app or a passkey), as a column of a query on users. */
// Written out in full: inside a subquery drizzle would name the outer column without its table.
export const hasSecondFactorSql = sql<boolean>`("users"."totp_enabled_at" is not null or exists (select 1 from "passkeys" pk where pk."user_id" = "users"."id"))`.mapWith(Boolean);

/** Gives the session a new challenge for one purpose, replacing any earlier one. */
async function storeChallenge(db: Executor, sessionId: string, purpose: Purpose, challenge: string, now: Date) {
  await db
    .update(authSessions)
    .set({ passkeyChallenge: challenge, passkeyChallengePurpose: purpose, passkeyChallengeExpiresAt: new Date(now.getTime() + PASSKEY_CHALLENGE_TTL_MS) })
    .where(eq(authSessions.id, sessionId));
}

/** The challenge the browser signed, read from the client data (verified against the stored one afterwards). */
function signedChallenge(clientDataJSON: string): string | null {
  try {
    const data = JSON.parse(Buffer.from(clientDataJSON, "base64url").toString("utf8")) as { challenge?: unknown };
    return typeof data.challenge === "string" && data.challenge.length > 0 && data.challenge.length <= 128 ? data.challenge : null;
  } catch {
    return null;
  }
}

/**
 * Takes the session's challenge in one statement: it must be the one the browser signed, for this
 * purpose, and not expired; it is cleared at once, so an answer (or a replay of it) counts once.
 */
async function takeChallenge(db: Executor, sessionId: string, purpose: Purpose, challenge: string | null, now: Date): Promise<boolean> {
  if (!challenge) return false;
  const taken = await db
    .update(authSessions)
    .set({ passkeyChallenge: null, passkeyChallengePurpose: null, passkeyChallengeExpiresAt: null })
    .where(
      and(
        eq(authSessions.id, sessionId),
        isNull(authSessions.endedAt),
        eq(authSessions.passkeyChallenge, challenge),
        eq(authSessions.passkeyChallengePurpose, purpose),
        gt(authSessions.passkeyChallengeExpiresAt, now),
      ),
    )
    .returning({ id: authSessions.id });
  return taken.length === 1;
}

export async function listPasskeys(db: Executor, userId: string) {
  return db
    .select({ id: passkeys.id, name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt, backedUp: passkeys.backedUp })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(asc(passkeys.createdAt));
}

/** Options for the browser to create a passkey for this account (navigator.credentials.create). */
export async function startPasskeyRegistration(
  db: Executor,
  input: { user: { id: string; email: string; name: string }; sessionId: string; rp: RelyingParty; now: Date },
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const existing = await db.select({ credentialId: passkeys.credentialId, transports: passkeys.transports }).from(passkeys).where(eq(passkeys.userId, input.user.id));
  if (existing.length >= MAX_PASSKEYS) throw new AppError("conflict", msg("passkeys.tooMany", { max: MAX_PASSKEYS }));
  const options = await generateRegistrationOptions({
    rpName: input.rp.name,
    rpID: input.rp.rpID,
    userName: input.user.email,
    userDisplayName: input.user.name,
    // The account's id as the user handle, so every passkey of one account names the same user.
    userID: new Uint8Array(Buffer.from(input.user.id.replace(/-/g, ""), "hex")),
    attestationType: "none",
    timeout: PASSKEY_CHALLENGE_TTL_MS,
    excludeCredentials: existing.map((c) => ({ id: c.credentialId, transports: c.transports as AuthenticatorTransport[] })),
    authenticatorSelection: { residentKey: "preferred", userVerification: "required" },
  });
  await storeChallenge(db, input.sessionId, "register", options.challenge, input.now);
  return options;
}

/**
 * Checks the browser's answer (challenge, origin, rpID, user verification) and stores the passkey.
 * When it is the account's first second factor, ten recovery codes come with it (shown once).
 */
export async function finishPasskeyRegistration(
  db: Executor,
  input: { userId: string; sessionId: string; name: string; response: RegistrationResponseJSON; rp: RelyingParty; now: Date },
): Promise<{ id: string; recoveryCodes: string[] | null }> {
  const challenge = signedChallenge(input.response.response.clientDataJSON);
  if (!(await takeChallenge(db, input.sessionId, "register", challenge, input.now))) throw new AppError("invalid", msg("passkeys.expired"));
  let info;
  try {
    const verification = await verifyRegistrationResponse({
      response: input.response,
      expectedChallenge: challenge!,
      expectedOrigin: input.rp.origin,
      expectedRPID: input.rp.rpID,
      requireUserVerification: true,
    });
    info = verification.verified ? verification.registrationInfo : null;
  } catch {
    info = null;
  }
  if (!info) throw new AppError("invalid", msg("passkeys.notVerified"));
  const [before] = await db
    .select({ totp: users.totpEnabledAt, passkeys: sql<number>`(select count(*)::int from "passkeys" pk where pk."user_id" = "users"."id")` })
    .from(users)
    .where(eq(users.id, input.userId));
  const [row] = await db
    .insert(passkeys)
    .values({
      userId: input.userId,
      credentialId: info.credential.id,
      publicKey: toBase64Url(info.credential.publicKey),
      counter: info.credential.counter,
      transports: info.credential.transports ?? [],
      name: input.name,
      deviceType: info.credentialDeviceType,
      backedUp: info.credentialBackedUp,
      createdAt: input.now,
    })
    .onConflictDoNothing({ target: passkeys.credentialId })
    .returning({ id: passkeys.id });
  if (!row) throw new AppError("conflict", msg("passkeys.alreadyRegistered"));
  const first = !before?.totp && (before?.passkeys ?? 0) === 0;
  const codes = first ? await issueRecoveryCodes(db, input.userId, input.now) : null;
  // The account now has a second factor, and this session has just shown it (user verification).
  await markSecondFactorDone(db, input.sessionId, input.now);
  await recordAudit(db, {
    actorId: input.userId,
    action: "user.passkey_add",
    entityType: "user",
    entityId: input.userId,
    details: { passkeyId: row.id, name: input.name, deviceType: info.credentialDeviceType, backedUp: info.credentialBackedUp },
    createdAt: input.now,
  });
  return { id: row.id, recoveryCodes: codes };
}

/**
 * Removes one of one's own passkeys (audited). The last second factor of an account that must have
 * one cannot be removed; when no factor is left, the recovery codes go too.
 */
export async function removePasskey(db: Executor, input: { userId: string; role: Parameters<typeof secondFactorRequiredFor>[1]; passkeyId: string; now: Date }) {
  const [owner] = await db
    .select({ totp: users.totpEnabledAt, passkeys: sql<number>`(select count(*)::int from "passkeys" pk where pk."user_id" = "users"."id")` })
    .from(users)
    .where(eq(users.id, input.userId));
  const last = !owner?.totp && (owner?.passkeys ?? 0) <= 1;
  if (last && (await secondFactorRequiredFor(db, input.role))) throw new AppError("conflict", msg("passkeys.lastRequired"));
  const [removed] = await db
    .delete(passkeys)
    .where(and(eq(passkeys.id, input.passkeyId), eq(passkeys.userId, input.userId)))
    .returning({ id: passkeys.id, name: passkeys.name });
  if (!removed) throw new AppError("not_found", msg("passkeys.unknown"));
  if (last) await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, input.userId));
  await recordAudit(db, { actorId: input.userId, action: "user.passkey_remove", entityType: "user", entityId: input.userId, details: { passkeyId: removed.id, name: removed.name }, createdAt: input.now });
  return removed;
}

/** Options for the browser to sign in with one of the account's passkeys (navigator.credentials.get). */
export async function startPasskeySignIn(db: Executor, input: { userId: string; sessionId: string; rp: RelyingParty; now: Date }): Promise<PublicKeyCredentialRequestOptionsJSON> {
  const own = await db.select({ credentialId: passkeys.credentialId, transports: passkeys.transports }).from(passkeys).where(eq(passkeys.userId, input.userId));
  if (own.length === 0) throw new AppError("invalid", msg("passkeys.none"));
  const options = await generateAuthenticationOptions({
    rpID: input.rp.rpID,
    allowCredentials: own.map((c) => ({ id: c.credentialId, transports: c.transports as AuthenticatorTransport[] })),
    userVerification: "required",
    timeout: PASSKEY_CHALLENGE_TTL_MS,
  });
  await storeChallenge(db, input.sessionId, "sign-in", options.challenge, input.now);
  return options;
}

/**
 * The second step of signing in with a passkey, throttled like a code. The challenge must be this
 * session's, the passkey this account's, the signature valid for the stored public key, the user
 * verified, and the authenticator's counter larger than the stored one (a smaller or equal one
 * suggests a cloned authenticator: refused). The counter moves in one conditional update, so two
 * answers racing each other cannot both pass.
 */
export async function finishPasskeySignIn(
  db: Executor,
  input: { userId: string; sessionId: string; ip: string; response: AuthenticationResponseJSON; rp: RelyingParty; now: Date },
): Promise<SecondFactorCheck | { ok: true; method: "passkey" }> {
  const keys = secondFactorKeys(input.userId, input.ip);
  const reserved = await reserveAttempt(db, keys, input.now);
  if (!reserved.allowed) return { ok: false, reason: "throttled" };
  const challenge = signedChallenge(input.response.response.clientDataJSON);
  const fresh = await takeChallenge(db, input.sessionId, "sign-in", challenge, input.now);
  const [credential] = fresh
    ? await db
        .select()
        .from(passkeys)
        .where(and(eq(passkeys.credentialId, input.response.id), eq(passkeys.userId, input.userId)))
    : [];
  let ok = false;
  if (credential) {
    try {
      const verification = await verifyAuthenticationResponse({
        response: input.response,
        expectedChallenge: challenge!,
        expectedOrigin: input.rp.origin,
        expectedRPID: input.rp.rpID,
        requireUserVerification: true,
        credential: { id: credential.credentialId, publicKey: fromBase64Url(credential.publicKey), counter: credential.counter, transports: credential.transports as AuthenticatorTransport[] },
      });
      if (verification.verified) {
        const next = verification.authenticationInfo.newCounter;
        const moved = await db
          .update(passkeys)
          .set({ counter: next, lastUsedAt: input.now, backedUp: verification.authenticationInfo.credentialBackedUp })
          .where(and(eq(passkeys.id, credential.id), next === 0 ? eq(passkeys.counter, 0) : lt(passkeys.counter, next)))
          .returning({ id: passkeys.id });
        ok = moved.length === 1;
      }
    } catch {
      ok = false;
    }
  }
  const [user] = await db.select({ email: users.email }).from(users).where(eq(users.id, input.userId));
  await db.insert(loginAttempts).values({ key: `email:${user?.email ?? "unknown"}`, succeeded: ok, attemptedAt: input.now, userId: input.userId, ip: input.ip, method: "passkey" });
  if (!ok) return { ok: false, reason: "invalid" };
  await releaseAfterSuccess(db, keys);
  await markSecondFactorDone(db, input.sessionId, input.now);
  return { ok: true, method: "passkey" };
}
