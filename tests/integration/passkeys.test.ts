import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { isoCBOR } from "@simplewebauthn/server/helpers";
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from "@simplewebauthn/server";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEvents, authSessions, passkeys, recoveryCodes } from "@/db/schema";
import { finishPasskeyRegistration, finishPasskeySignIn, PASSKEY_CHALLENGE_TTL_MS, removePasskey, startPasskeyRegistration, startPasskeySignIn } from "@/lib/auth/passkeys";
import type { RelyingParty } from "@/lib/auth/relying-party";
import { resetSecondFactor, verifySecondFactor } from "@/lib/auth/second-factor";
import { checkSession, openSession } from "@/lib/auth/sessions";
import { makeUser } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

/**
 * Passkeys against the real database and the real WebAuthn checks (@simplewebauthn/server), with a
 * software authenticator written here: an ES256 key pair, "none" attestation, a signature counter.
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t?.close());

const RP: RelyingParty = { rpID: "localhost", origin: "http://localhost:3000", name: "62/17 tracker" };
const b64 = (b: Uint8Array | Buffer) => Buffer.from(b).toString("base64url");
const sha256 = (b: Uint8Array | Buffer | string) => createHash("sha256").update(b).digest();
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};

class SoftAuthenticator {
  readonly credentialId = randomBytes(32);
  private readonly keys = generateKeyPairSync("ec", { namedCurve: "P-256" });
  counter = 0;
  constructor(private readonly rpID = RP.rpID) {}

  private cosePublicKey(): Uint8Array {
    const jwk = (this.keys.publicKey as KeyObject).export({ format: "jwk" });
    const key = new Map<number, number | Uint8Array>([
      [1, 2], // kty: EC2
      [3, -7], // alg: ES256
      [-1, 1], // crv: P-256
      [-2, new Uint8Array(Buffer.from(jwk.x!, "base64url"))],
      [-3, new Uint8Array(Buffer.from(jwk.y!, "base64url"))],
    ]);
    return isoCBOR.encode(key);
  }

  create(challenge: string, origin = RP.origin): RegistrationResponseJSON {
    const clientDataJSON = Buffer.from(JSON.stringify({ type: "webauthn.create", challenge, origin, crossOrigin: false }));
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.credentialId.length);
    // Flags: user present (0x01), user verified (0x04), attested credential data (0x40).
    const authData = Buffer.concat([sha256(this.rpID), Buffer.from([0x45]), u32(this.counter), Buffer.alloc(16), idLength, this.credentialId, Buffer.from(this.cosePublicKey())]);
    const attestationObject = isoCBOR.encode(new Map<string, unknown>([["fmt", "none"], ["attStmt", new Map()], ["authData", new Uint8Array(authData)]]) as never);
    return {
      id: b64(this.credentialId),
      rawId: b64(this.credentialId),
      type: "public-key",
      response: { clientDataJSON: b64(clientDataJSON), attestationObject: b64(attestationObject), transports: ["internal"] },
      clientExtensionResults: {},
    };
  }

  /** Signs a challenge; the counter moves forward by one unless `counter` is given. */
  get(challenge: string, opts: { origin?: string; counter?: number; verified?: boolean } = {}): AuthenticationResponseJSON {
    this.counter = opts.counter ?? this.counter + 1;
    const clientDataJSON = Buffer.from(JSON.stringify({ type: "webauthn.get", challenge, origin: opts.origin ?? RP.origin, crossOrigin: false }));
    const authData = Buffer.concat([sha256(this.rpID), Buffer.from([opts.verified === false ? 0x01 : 0x05]), u32(this.counter)]);
    const signature = sign("sha256", Buffer.concat([authData, sha256(clientDataJSON)]), this.keys.privateKey);
    return {
      id: b64(this.credentialId),
      rawId: b64(this.credentialId),
      type: "public-key",
      response: { clientDataJSON: b64(clientDataJSON), authenticatorData: b64(authData), signature: b64(signature) },
      clientExtensionResults: {},
    };
  }
}

async function userWithSession(role: "delegation" | "reviewer" = "delegation", secondFactorDone = true) {
  const user = await makeUser(t.conn.db, role === "delegation" ? { role, iso3: "BRA" } : { role });
  const sessionId = await openSession(t.conn.db, { userId: user.id, ip: "203.0.113.20", userAgent: "test", secondFactorDone });
  return { user, sessionId };
}

async function enrol(user: { id: string; email: string; name: string }, sessionId: string, authenticator = new SoftAuthenticator(), name = "Office laptop") {
  const now = new Date();
  const options = await startPasskeyRegistration(t.conn.db, { user, sessionId, rp: RP, now });
  return { authenticator, ...(await finishPasskeyRegistration(t.conn.db, { userId: user.id, sessionId, name, response: authenticator.create(options.challenge), rp: RP, now })) };
}

describe("passkey registration", () => {
  it("stores the public key with its name, issues recovery codes with a first factor only, and is audited", async () => {
    // Signed in with the password alone (the second factor optional, none set up yet).
    const { user, sessionId } = await userWithSession("delegation", false);
    const first = await enrol(user, sessionId);
    // The session that added it stays signed in: it has just shown the new factor.
    expect(await checkSession(t.conn.db, sessionId, user.id)).toEqual({ live: true, secondFactorDone: true });
    expect(first.recoveryCodes).toHaveLength(10);
    const [row] = await t.conn.db.select().from(passkeys).where(eq(passkeys.id, first.id));
    expect(row).toMatchObject({ userId: user.id, name: "Office laptop", credentialId: b64(first.authenticator.credentialId), counter: 0, transports: ["internal"] });
    const audit = await t.conn.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, user.id), eq(auditEvents.action, "user.passkey_add")));
    expect(audit).toHaveLength(1);
    // A second passkey brings no new codes (the first ones stay valid).
    const second = await enrol(user, sessionId, new SoftAuthenticator(), "Blue key");
    expect(second.recoveryCodes).toBeNull();
    expect(await t.conn.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id))).toHaveLength(10);
  });

  it("takes a challenge once, from the session it was given to, before it expires", async () => {
    const { user, sessionId } = await userWithSession();
    const other = await openSession(t.conn.db, { userId: user.id, ip: "x", userAgent: null, secondFactorDone: true });
    const now = new Date();
    const authenticator = new SoftAuthenticator();

    const options = await startPasskeyRegistration(t.conn.db, { user, sessionId, rp: RP, now });
    const response = authenticator.create(options.challenge);
    // Another session of the same user cannot answer it.
    await expect(finishPasskeyRegistration(t.conn.db, { userId: user.id, sessionId: other, name: "x", response, rp: RP, now })).rejects.toThrow(/passkeys\.expired/);
    // Nor can anyone after five minutes.
    await expect(
      finishPasskeyRegistration(t.conn.db, { userId: user.id, sessionId, name: "x", response, rp: RP, now: new Date(now.getTime() + PASSKEY_CHALLENGE_TTL_MS + 1000) }),
    ).rejects.toThrow(/passkeys\.expired/);

    const fresh = await startPasskeyRegistration(t.conn.db, { user, sessionId, rp: RP, now });
    const answer = authenticator.create(fresh.challenge);
    await expect(finishPasskeyRegistration(t.conn.db, { userId: user.id, sessionId, name: "Laptop", response: answer, rp: RP, now })).resolves.toMatchObject({ id: expect.any(String) });
    // The same answer again: the challenge is spent.
    await expect(finishPasskeyRegistration(t.conn.db, { userId: user.id, sessionId, name: "Laptop", response: answer, rp: RP, now })).rejects.toThrow(/passkeys\.expired/);
    const [session] = await t.conn.db.select().from(authSessions).where(eq(authSessions.id, sessionId));
    expect(session!.passkeyChallenge).toBeNull();
  });

  it("refuses an answer made for another origin or another site's rpID, and lists existing passkeys as excluded", async () => {
    const { user, sessionId } = await userWithSession();
    const now = new Date();
    const phished = await startPasskeyRegistration(t.conn.db, { user, sessionId, rp: RP, now });
    await expect(
      finishPasskeyRegistration(t.conn.db, { userId: user.id, sessionId, name: "x", response: new SoftAuthenticator().create(phished.challenge, "https://evil.example"), rp: RP, now }),
    ).rejects.toThrow(/passkeys\.notVerified/);
    const elsewhere = await startPasskeyRegistration(t.conn.db, { user, sessionId, rp: RP, now });
    await expect(
      finishPasskeyRegistration(t.conn.db, { userId: user.id, sessionId, name: "x", response: new SoftAuthenticator("evil.example").create(elsewhere.challenge), rp: RP, now }),
    ).rejects.toThrow(/passkeys\.notVerified/);
    expect(await t.conn.db.select().from(passkeys).where(eq(passkeys.userId, user.id))).toHaveLength(0);

    const { authenticator } = await enrol(user, sessionId);
    const next = await startPasskeyRegistration(t.conn.db, { user, sessionId, rp: RP, now });
    expect(next.excludeCredentials).toEqual([{ id: b64(authenticator.credentialId), type: "public-key", transports: ["internal"] }]);
    expect(next.rp).toEqual({ id: "localhost", name: "62/17 tracker" });
  });
});

describe("passkey sign-in (second step)", () => {
  it("completes the session with a valid signature, and refuses a replay, a counter that did not move, and another account's passkey", async () => {
    const { user, sessionId: enrolSession } = await userWithSession();
    const { authenticator } = await enrol(user, enrolSession);
    const sessionId = await openSession(t.conn.db, { userId: user.id, ip: "203.0.113.21", userAgent: "test", secondFactorDone: false });
    const ip = "203.0.113.21";
    expect(await checkSession(t.conn.db, sessionId, user.id)).toEqual({ live: true, secondFactorDone: false });

    const options = await startPasskeySignIn(t.conn.db, { userId: user.id, sessionId, rp: RP, now: new Date() });
    expect(options.allowCredentials).toEqual([{ id: b64(authenticator.credentialId), type: "public-key", transports: ["internal"] }]);
    expect(options.userVerification).toBe("required");
    const answer = authenticator.get(options.challenge);
    expect(await finishPasskeySignIn(t.conn.db, { userId: user.id, sessionId, ip, response: answer, rp: RP, now: new Date() })).toEqual({ ok: true, method: "passkey" });
    expect(await checkSession(t.conn.db, sessionId, user.id)).toEqual({ live: true, secondFactorDone: true });
    const [stored] = await t.conn.db.select().from(passkeys).where(eq(passkeys.userId, user.id));
    expect(stored!.counter).toBe(1);
    expect(stored!.lastUsedAt).not.toBeNull();

    // The same signed answer again: its challenge is spent.
    expect(await finishPasskeySignIn(t.conn.db, { userId: user.id, sessionId, ip, response: answer, rp: RP, now: new Date() })).toEqual({ ok: false, reason: "invalid" });
    // A fresh challenge signed with a counter that did not move (a cloned authenticator): refused.
    const again = await startPasskeySignIn(t.conn.db, { userId: user.id, sessionId, rp: RP, now: new Date() });
    expect(await finishPasskeySignIn(t.conn.db, { userId: user.id, sessionId, ip, response: authenticator.get(again.challenge, { counter: 1 }), rp: RP, now: new Date() })).toEqual({ ok: false, reason: "invalid" });
    // Without user verification (no fingerprint, face or PIN): refused.
    const unverified = await startPasskeySignIn(t.conn.db, { userId: user.id, sessionId, rp: RP, now: new Date() });
    expect(await finishPasskeySignIn(t.conn.db, { userId: user.id, sessionId, ip, response: authenticator.get(unverified.challenge, { verified: false }), rp: RP, now: new Date() })).toEqual({ ok: false, reason: "invalid" });
    // Signed for another origin: refused.
    const phished = await startPasskeySignIn(t.conn.db, { userId: user.id, sessionId, rp: RP, now: new Date() });
    expect(await finishPasskeySignIn(t.conn.db, { userId: user.id, sessionId, ip, response: authenticator.get(phished.challenge, { origin: "https://evil.example" }), rp: RP, now: new Date() })).toEqual({
      ok: false,
      reason: "invalid",
    });
    const later = await startPasskeySignIn(t.conn.db, { userId: user.id, sessionId, rp: RP, now: new Date() });
    expect(await finishPasskeySignIn(t.conn.db, { userId: user.id, sessionId, ip: "203.0.113.22", response: authenticator.get(later.challenge, { counter: 7 }), rp: RP, now: new Date() })).toEqual({ ok: true, method: "passkey" });

    // Another user's passkey answers nothing for this account.
    const { user: intruder, sessionId: intruderSession } = await userWithSession("delegation", false);
    await enrol(intruder, intruderSession, new SoftAuthenticator());
    const theirs = await startPasskeySignIn(t.conn.db, { userId: intruder.id, sessionId: intruderSession, rp: RP, now: new Date() });
    expect(await finishPasskeySignIn(t.conn.db, { userId: intruder.id, sessionId: intruderSession, ip, response: authenticator.get(theirs.challenge), rp: RP, now: new Date() })).toEqual({ ok: false, reason: "invalid" });
  });

  it("is throttled like a code: after five failures the right passkey is refused too", async () => {
    const { user, sessionId } = await userWithSession("reviewer", false);
    const { authenticator } = await enrol(user, sessionId);
    const ip = "203.0.113.30";
    const now = new Date("2034-01-01T00:00:00Z");
    for (let i = 0; i < 5; i++) {
      const options = await startPasskeySignIn(t.conn.db, { userId: user.id, sessionId, rp: RP, now });
      expect(await finishPasskeySignIn(t.conn.db, { userId: user.id, sessionId, ip, response: authenticator.get(options.challenge, { origin: "https://evil.example" }), rp: RP, now })).toEqual({ ok: false, reason: "invalid" });
    }
    const options = await startPasskeySignIn(t.conn.db, { userId: user.id, sessionId, rp: RP, now });
    expect(await finishPasskeySignIn(t.conn.db, { userId: user.id, sessionId, ip, response: authenticator.get(options.challenge), rp: RP, now })).toEqual({ ok: false, reason: "throttled" });
  });

  it("a recovery code issued with a first passkey signs in once", async () => {
    const { user, sessionId } = await userWithSession();
    const { recoveryCodes: codes } = await enrol(user, sessionId);
    const half = await openSession(t.conn.db, { userId: user.id, ip: "x", userAgent: null, secondFactorDone: false });
    expect(await verifySecondFactor(t.conn.db, { userId: user.id, code: codes![0]!, sessionId: half, ip: "203.0.113.40", now: new Date() })).toEqual({ ok: true, method: "recovery" });
    expect(await verifySecondFactor(t.conn.db, { userId: user.id, code: codes![0]!, sessionId: half, ip: "203.0.113.40", now: new Date() })).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("removing passkeys", () => {
  it("removes one's own (audited), never another's, and keeps the last factor of an account that must have one", async () => {
    const { user, sessionId } = await userWithSession();
    const mine = await enrol(user, sessionId);
    const { user: other, sessionId: otherSession } = await userWithSession();
    const theirs = await enrol(other, otherSession);
    await expect(removePasskey(t.conn.db, { userId: user.id, role: "delegation", passkeyId: theirs.id, now: new Date() })).rejects.toThrow(/passkeys\.unknown/);
    expect(await t.conn.db.select().from(passkeys).where(eq(passkeys.id, theirs.id))).toHaveLength(1);

    await removePasskey(t.conn.db, { userId: user.id, role: "delegation", passkeyId: mine.id, now: new Date() });
    expect(await t.conn.db.select().from(passkeys).where(eq(passkeys.userId, user.id))).toHaveLength(0);
    // No factor left: the recovery codes went with it.
    expect(await t.conn.db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id))).toHaveLength(0);
    expect(await t.conn.db.select().from(auditEvents).where(and(eq(auditEvents.entityId, user.id), eq(auditEvents.action, "user.passkey_remove")))).toHaveLength(1);

    const { user: reviewer, sessionId: reviewerSession } = await userWithSession("reviewer");
    const only = await enrol(reviewer, reviewerSession);
    await expect(removePasskey(t.conn.db, { userId: reviewer.id, role: "reviewer", passkeyId: only.id, now: new Date() })).rejects.toThrow(/passkeys\.lastRequired/);
    const spare = await enrol(reviewer, reviewerSession, new SoftAuthenticator(), "Spare key");
    await removePasskey(t.conn.db, { userId: reviewer.id, role: "reviewer", passkeyId: spare.id, now: new Date() });
  });

  it("a second-factor reset (lost device) removes the passkeys too", async () => {
    const { user, sessionId } = await userWithSession();
    await enrol(user, sessionId);
    const admin = await makeUser(t.conn.db, { role: "admin" });
    await resetSecondFactor(t.conn.db, { actorId: admin.id, userId: user.id, now: new Date() });
    expect(await t.conn.db.select().from(passkeys).where(eq(passkeys.userId, user.id))).toHaveLength(0);
    await expect(startPasskeySignIn(t.conn.db, { userId: user.id, sessionId, rp: RP, now: new Date() })).rejects.toThrow(/passkeys\.none/);
  });
});
