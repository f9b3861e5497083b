import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/db/client";
import { keptStatement } from "@/db/kept-statement";
import { authSessions, memberStates, users, type Role } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { canViewState, type Actor } from "@/lib/permissions";
import { sessionClaims } from "./claims";
import { hasSecondFactorSql } from "./passkeys";
import { requestSettings, settingsStillToRead } from "@/lib/settings-request";
import { allSettingsSql, readSettings, settingsFromSql } from "@/lib/settings";
import { secondFactorRequiredBy } from "./second-factor-policy";
import { sessionLimitsFrom, settleSession, validSessionId } from "./sessions";

export interface CurrentUser extends Actor {
  email: string;
  name: string;
  memberState: { id: number; iso3: string; name: string } | null;
  isFocalPoint?: boolean;
  /** The server-side session record this request runs in (lib/auth/sessions.ts). */
  sessionId?: string;
}

export interface SignedInSession {
  user: CurrentUser;
  sessionId: string;
  /** The second factor is done, or this account needs none. */
  complete: boolean;
  /** The account must have a second factor (role or the delegation setting). */
  secondFactorRequired: boolean;
  /** The account has a second factor enrolled (an authenticator app or a passkey). */
  secondFactorEnrolled: boolean;
  /** The interface language saved on the account, if any (lib/i18n/request-locale.ts). */
  locale: string | null;
}

/**
 * The session check's statement, run on every signed-in request: the user, their State, the session record and,
 * when the request has not read them yet, every setting. Built once per database (db/kept-statement.ts).
 */
function sessionCheckStatement(withSettings: boolean) {
  return keptStatement((database) =>
    database
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        locale: users.locale,
        memberStateId: users.memberStateId,
        disabledAt: users.disabledAt,
        sessionVersion: users.sessionVersion,
        isFocalPoint: users.isFocalPoint,
        hasSecondFactor: hasSecondFactorSql,
        stateIso3: memberStates.iso3,
        stateName: memberStates.name,
        session: { createdAt: authSessions.createdAt, lastSeenAt: authSessions.lastSeenAt, secondFactorAt: authSessions.secondFactorAt, endedAt: authSessions.endedAt },
        settings: withSettings ? allSettingsSql : sql<null>`null`,
      })
      .from(users)
      .leftJoin(memberStates, eq(memberStates.id, users.memberStateId))
      .leftJoin(authSessions, and(eq(authSessions.id, sql.placeholder("sessionId")), eq(authSessions.userId, users.id)))
      .where(eq(users.id, sql.placeholder("userId")))
      .prepare(withSettings ? "session_check_with_settings" : "session_check"),
  );
}

const sessionCheck = { withSettings: sessionCheckStatement(true), alone: sessionCheckStatement(false) };

/**
 * The session of this request, checked against the database on every request: a disabled account,
 * a session older than the last password reset, a session ended on the server (sign-out, "sign out
 * everywhere", second-factor reset), idle too long or past its lifetime, stops working at once.
 * `complete` is false while the second factor is still to be given. Cached for the request.
 */
export const currentSession = cache(async (): Promise<SignedInSession | null> => {
  const claims = await sessionClaims();
  if (!claims || !validSessionId(claims.sid)) return null;
  // The user, their State, this session record and (unless this request already read them) the settings, in one statement.
  const handOver = settingsStillToRead();
  const rows = (handOver ? sessionCheck.withSettings : sessionCheck.alone)(db())
    .execute({ userId: claims.id, sessionId: claims.sid })
    // One promise, so the statement runs once for both its readers below.
    .then((found) => found);
  const settingsPromise = handOver
    ? handOver(rows.then(([found]) => (found?.settings ? settingsFromSql(found.settings) : readSettings(db()))))
    : requestSettings();
  const [[row], settings] = await Promise.all([rows, settingsPromise]);
  if (!row || row.disabledAt || row.sessionVersion !== claims.sessionVersion) return null;
  const state = await settleSession(db(), claims.sid, row.session, sessionLimitsFrom(settings));
  if (!state.live) return null;
  const secondFactorRequired = secondFactorRequiredBy(settings, row.role);
  const secondFactorEnrolled = row.hasSecondFactor;
  const complete = state.secondFactorDone || (!secondFactorRequired && !secondFactorEnrolled);
  return {
    sessionId: claims.sid,
    complete,
    secondFactorRequired,
    secondFactorEnrolled,
    locale: row.locale,
    user: {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      memberStateId: row.memberStateId,
      isFocalPoint: row.isFocalPoint,
      sessionId: claims.sid,
      memberState: row.memberStateId && row.stateIso3 && row.stateName ? { id: row.memberStateId, iso3: row.stateIso3, name: row.stateName } : null,
    },
  };
});

/** The signed-in user whose sign-in is complete (password and, where needed, second factor). */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await currentSession();
  return session?.complete ? session.user : null;
});

/** For Server Actions and route handlers: throws an AppError that maps to 401/403. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) throw new AppError("unauthenticated");
  return user;
}

export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) throw new AppError("forbidden");
  return user;
}

export async function requireStateView(memberStateId: number): Promise<CurrentUser> {
  const user = await requireUser();
  if (!canViewState(user, memberStateId)) throw new AppError("forbidden");
  return user;
}

/** For pages: sends a signed-out visitor to sign in (and back), renders 403 for the wrong role. */
export async function requirePageUser(returnTo: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return user;
}

export async function requirePageRole(returnTo: string, ...roles: Role[]): Promise<CurrentUser> {
  const user = await requirePageUser(returnTo);
  if (!roles.includes(user.role)) forbidden();
  return user;
}
