import { and, eq } from "drizzle-orm";
import { Secret, TOTP } from "otpauth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appSettings, auditEvents, authSessions, passwordResetTokens, users } from "@/db/schema";
import { confirmTotpEnrolment, startTotpEnrolment, verifySecondFactor } from "@/lib/auth/second-factor";
import { checkSession, endSession, endUserSessions, openSession, SESSION_IDLE_SETTING } from "@/lib/auth/sessions";
import { inviteOfficer, listMissionOfficers, resetOfficerSecondFactor, setFocalPoint, setOfficerDisabled } from "@/lib/focal-points/service";
import type { Actor } from "@/lib/permissions";
import { makeUser } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t?.close());

const code = (secret: string, at = Date.now()) => new TOTP({ algorithm: "SHA1", digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({ timestamp: at });
const actorOf = (u: { id: string; role: Actor["role"]; memberStateId: number | null; isFocalPoint?: boolean }) => ({ id: u.id, role: u.role, memberStateId: u.memberStateId, isFocalPoint: u.isFocalPoint ?? false });

describe("server-side sessions", () => {
  it("end on sign-out: the same cookie (session id) is refused afterwards", async () => {
    const user = await makeUser(t.conn.db, { role: "delegation", iso3: "FRA" });
    const sid = await openSession(t.conn.db, { userId: user.id, ip: "198.51.100.1", userAgent: "test", secondFactorDone: false });
    expect((await checkSession(t.conn.db, sid, user.id)).live).toBe(true);
    await endSession(t.conn.db, sid);
    expect((await checkSession(t.conn.db, sid, user.id)).live).toBe(false);
  });

  it("end after the idle timeout (a setting) and the absolute lifetime", async () => {
    const user = await makeUser(t.conn.db, { role: "delegation", iso3: "FRA" });
    const start = new Date("2030-01-01T09:00:00Z");
    await t.conn.db.insert(appSettings).values({ key: SESSION_IDLE_SETTING, value: 10 }).onConflictDoUpdate({ target: appSettings.key, set: { value: 10 } });
    const idle = await openSession(t.conn.db, { userId: user.id, ip: "x", userAgent: null, secondFactorDone: false }, start);
    expect((await checkSession(t.conn.db, idle, user.id, new Date(start.getTime() + 9 * 60_000))).live).toBe(true);
    expect((await checkSession(t.conn.db, idle, user.id, new Date(start.getTime() + 9 * 60_000 + 11 * 60_000))).live).toBe(false);
    const busy = await openSession(t.conn.db, { userId: user.id, ip: "x", userAgent: null, secondFactorDone: false }, start);
    let at = start.getTime();
    // Active every 9 minutes: alive until the absolute lifetime (12 hours by default), then ended.
    while (at + 9 * 60_000 <= start.getTime() + 12 * 3_600_000) {
      at += 9 * 60_000;
      expect((await checkSession(t.conn.db, busy, user.id, new Date(at))).live).toBe(true);
    }
    expect((await checkSession(t.conn.db, busy, user.id, new Date(at + 9 * 60_000))).live).toBe(false);
    await t.conn.db.delete(appSettings).where(eq(appSettings.key, SESSION_IDLE_SETTING));
  });

  it("sign out everywhere ends all but the current one", async () => {
    const user = await makeUser(t.conn.db, { role: "reviewer" });
    const ids = await Promise.all([1, 2, 3].map(() => openSession(t.conn.db, { userId: user.id, ip: "x", userAgent: null, secondFactorDone: true })));
    expect(await endUserSessions(t.conn.db, user.id, new Date(), ids[0])).toBe(2);
    const open = await t.conn.db.select().from(authSessions).where(and(eq(authSessions.userId, user.id)));
    expect(open.filter((s) => !s.endedAt).map((s) => s.id)).toEqual([ids[0]]);
  });
});

describe("TOTP second factor", () => {
  it("enrols with a computed code, issues ten single-use recovery codes, refuses a replayed code", async () => {
    const user = await makeUser(t.conn.db, { role: "admin" });
    const sid = await openSession(t.conn.db, { userId: user.id, ip: "x", userAgent: null, secondFactorDone: false });
    const { secret, qrSvg } = await startTotpEnrolment(t.conn.db, user);
    expect(qrSvg).toContain("<svg");
    const now = new Date();
    const { recoveryCodes } = await confirmTotpEnrolment(t.conn.db, { userId: user.id, code: code(secret), sessionId: sid, now });
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const [row] = await t.conn.db.select().from(users).where(eq(users.id, user.id));
    expect(row!.totpSecret).not.toContain(secret);

    const sid2 = await openSession(t.conn.db, { userId: user.id, ip: "x", userAgent: null, secondFactorDone: false });
    // The code that confirmed enrolment cannot be used again.
    expect(await verifySecondFactor(t.conn.db, { userId: user.id, code: code(secret), sessionId: sid2, ip: "203.0.113.1", now })).toEqual({ ok: false, reason: "invalid" });
    expect(await verifySecondFactor(t.conn.db, { userId: user.id, code: code(secret, Date.now() + 30_000), sessionId: sid2, ip: "203.0.113.1", now })).toEqual({ ok: true, method: "totp" });
    expect((await checkSession(t.conn.db, sid2, user.id)).live).toBe(true);

    const sid3 = await openSession(t.conn.db, { userId: user.id, ip: "x", userAgent: null, secondFactorDone: false });
    expect(await verifySecondFactor(t.conn.db, { userId: user.id, code: recoveryCodes[0]!.toUpperCase(), sessionId: sid3, ip: "203.0.113.1", now })).toEqual({ ok: true, method: "recovery" });
    expect(await verifySecondFactor(t.conn.db, { userId: user.id, code: recoveryCodes[0]!, sessionId: sid3, ip: "203.0.113.1", now })).toEqual({ ok: false, reason: "invalid" });
  });

  it("is throttled like the password: five wrong codes, then refused", async () => {
    const user = await makeUser(t.conn.db, { role: "reviewer" });
    const sid = await openSession(t.conn.db, { userId: user.id, ip: "x", userAgent: null, secondFactorDone: false });
    const { secret } = await startTotpEnrolment(t.conn.db, user);
    await confirmTotpEnrolment(t.conn.db, { userId: user.id, code: code(secret), sessionId: sid, now: new Date() });
    const now = new Date();
    const results = await Promise.all(Array.from({ length: 8 }, () => verifySecondFactor(t.conn.db, { userId: user.id, code: "000000", sessionId: sid, ip: "203.0.113.9", now })));
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(3);
    expect(await verifySecondFactor(t.conn.db, { userId: user.id, code: code(secret, Date.now() + 30_000), sessionId: sid, ip: "203.0.113.9", now })).toEqual({ ok: false, reason: "throttled" });
  });
});

describe("focal points", () => {
  it("manage their own Mission's officers only, and every change is audited", async () => {
    const admin = await makeUser(t.conn.db, { role: "admin" });
    const focal = await makeUser(t.conn.db, { role: "delegation", iso3: "FRA" });
    const officer = await makeUser(t.conn.db, { role: "delegation", iso3: "FRA" });
    const russian = await makeUser(t.conn.db, { role: "delegation", iso3: "RUS" });
    const reviewer = await makeUser(t.conn.db, { role: "reviewer" });
    const now = new Date();
    // Not yet named: refused.
    await expect(setOfficerDisabled({ db: t.conn.db, actor: actorOf(focal), now }, { userId: officer.id, disabled: true })).rejects.toMatchObject({ code: "forbidden" });
    // Only the administrator names focal points.
    await expect(setFocalPoint({ db: t.conn.db, actor: actorOf(reviewer), now }, { userId: focal.id, focalPoint: true })).rejects.toMatchObject({ code: "forbidden" });
    await setFocalPoint({ db: t.conn.db, actor: actorOf(admin), now }, { userId: focal.id, focalPoint: true });
    const fp = { db: t.conn.db, actor: { ...actorOf(focal), isFocalPoint: true }, now };

    const sid = await openSession(t.conn.db, { userId: officer.id, ip: "x", userAgent: null, secondFactorDone: true });
    await setOfficerDisabled(fp, { userId: officer.id, disabled: true });
    expect((await checkSession(t.conn.db, sid, officer.id)).live).toBe(false);
    await expect(setOfficerDisabled(fp, { userId: russian.id, disabled: true })).rejects.toMatchObject({ code: "forbidden" });
    await expect(setOfficerDisabled(fp, { userId: reviewer.id, disabled: true })).rejects.toMatchObject({ code: "forbidden" });
    await expect(resetOfficerSecondFactor(fp, { userId: russian.id })).rejects.toMatchObject({ code: "forbidden" });

    const invited = await inviteOfficer(fp, { email: "new.officer@diplomatie.example", name: "New officer" });
    expect(invited.path).toMatch(/^\/reset\//);
    const [token] = await t.conn.db.select().from(passwordResetTokens).where(eq(passwordResetTokens.userId, invited.id));
    expect(token!.purpose).toBe("invite");
    expect(Math.round((token!.expiresAt.getTime() - Date.now()) / 3_600_000)).toBe(48);
    const [created] = await t.conn.db.select().from(users).where(eq(users.id, invited.id));
    expect(created!.memberStateId).toBe(focal.memberStateId);

    const listed = await listMissionOfficers(t.conn.db, fp.actor);
    expect(listed.map((o) => o.id)).toContain(officer.id);
    expect(listed.map((o) => o.id)).not.toContain(russian.id);

    const audited = await t.conn.db.select({ action: auditEvents.action }).from(auditEvents).where(eq(auditEvents.actorId, focal.id));
    expect(audited.map((a) => a.action).sort()).toEqual(["user.disable", "user.invite"]);
  });
});
