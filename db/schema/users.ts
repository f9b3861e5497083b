import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns";
import { userRole } from "./enums";
import { memberStates } from "./states";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-cased; unique. */
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: userRole("role").notNull(),
    /** The State a delegation user acts for; null for the Secretariat. */
    memberStateId: integer("member_state_id").references(() => memberStates.id),
    disabledAt: timestamptz("disabled_at"),
    /** A delegation officer who manages the officers of their own Mission (named by an administrator). */
    isFocalPoint: boolean("is_focal_point").notNull().default(false),
    /** Bumped to end every open session of the user (disable, password reset). */
    sessionVersion: integer("session_version").notNull().default(1),
    isDemo: boolean("is_demo").notNull().default(false),
    /** The interface language the user chose (one of the six official languages); null: the browser's. */
    locale: text("locale"),
    /** TOTP (RFC 6238) second factor: the shared secret, encrypted (lib/auth/totp.ts); null until enrolled. */
    totpSecret: text("totp_secret"),
    totpEnabledAt: timestamptz("totp_enabled_at"),
    /** The last 30-second step accepted, so a code is never accepted twice. */
    totpLastStep: integer("totp_last_step"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("users_member_state_idx").on(t.memberStateId),
    index("users_role_idx").on(t.role),
    check(
      "users_delegation_has_state",
      sql`(${t.role} = 'delegation') = (${t.memberStateId} is not null)`,
    ),
    check("users_locale_official", sql`${t.locale} in ('ar', 'zh', 'en', 'fr', 'ru', 'es')`),
    check("users_focal_point_is_delegation", sql`not ${t.isFocalPoint} or ${t.role} = 'delegation'`),
  ],
);

/** Every sign-in attempt (password or second factor): the sign-in history and the failure metrics. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    /** "email:<address>" (older rows may hold "ip:<address>") */
    key: text("key").notNull(),
    succeeded: boolean("succeeded").notNull(),
    attemptedAt: createdAt(),
    userId: uuid("user_id").references(() => users.id, { onDelete: "cascade" }),
    /** The client's address (lib/net/client-address.ts). */
    ip: text("ip"),
    /** "password", "totp", "recovery" or "passkey". */
    method: text("method"),
  },
  (t) => [index("login_attempts_key_time_idx").on(t.key, t.attemptedAt), index("login_attempts_user_time_idx").on(t.userId, t.attemptedAt)],
);

/**
 * Sign-in throttling, one row per key ("pair:<email>|<address>", "email:<email>", "ip:<address>"),
 * reserved in one atomic statement before any password is checked (lib/auth/throttle.ts).
 */
export const loginThrottle = pgTable("login_throttle", {
  key: text("key").primaryKey(),
  /** Attempts in the current window, the refused ones included. */
  attempts: integer("attempts").notNull(),
  windowUntil: timestamptz("window_until").notNull(),
  /** Windows that ended over the limit: each one doubles the next window (a growing delay). */
  strikes: integer("strikes").notNull().default(0),
});

/** Server-side sessions: the cookie carries only the id; signing out or a reset ends the row. */
export const authSessions = pgTable(
  "auth_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    lastSeenAt: timestamptz("last_seen_at").notNull().defaultNow(),
    /** The second factor was passed (or is not required) at this moment; null: still to do. */
    secondFactorAt: timestamptz("second_factor_at"),
    endedAt: timestamptz("ended_at"),
    ip: text("ip"),
    userAgent: text("user_agent"),
    /**
     * The WebAuthn challenge this session was last given (lib/auth/passkeys.ts), what it is for
     * ("register" or "sign-in") and until when it may be answered; taken (set to null) by the answer.
     */
    passkeyChallenge: text("passkey_challenge"),
    passkeyChallengePurpose: text("passkey_challenge_purpose"),
    passkeyChallengeExpiresAt: timestamptz("passkey_challenge_expires_at"),
  },
  (t) => [index("auth_sessions_user_idx").on(t.userId)],
);

/** Ten single-use recovery codes per enrolled user; only their hashes are stored. */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text("code_hash").notNull(),
    usedAt: timestamptz("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

/** Passkeys (WebAuthn credentials) registered as a second factor; the public key only, never a secret. */
export const passkeys = pgTable(
  "passkeys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The credential id the authenticator chose, base64url; unique across all users. */
    credentialId: text("credential_id").notNull().unique(),
    /** The COSE public key, base64url. */
    publicKey: text("public_key").notNull(),
    /** The authenticator's signature counter; a use must show a larger one (0 stays 0 for authenticators that keep none). */
    counter: bigint("counter", { mode: "number" }).notNull().default(0),
    /** Transports the browser reported ("internal", "usb", "hybrid"...), passed back as hints. */
    transports: text("transports").array().notNull().default(sql`'{}'::text[]`),
    /** The name the user gave it ("Office laptop"). */
    name: text("name").notNull(),
    /** "singleDevice" or "multiDevice" (synced), and whether it is backed up. */
    deviceType: text("device_type").notNull(),
    backedUp: boolean("backed_up").notNull().default(false),
    createdAt: createdAt(),
    lastUsedAt: timestamptz("last_used_at"),
  },
  (t) => [index("passkeys_user_idx").on(t.userId), check("passkeys_name_length", sql`char_length(${t.name}) between 1 and 60`)],
);

/** Single-use, expiring password reset links; only the hash of the token is stored. */
export const passwordResetTokens = pgTable(
  "password_reset_tokens",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    /** "reset" (a forgotten password) or "invite" (a new officer sets a first password). */
    purpose: text("purpose").notNull().default("reset"),
    expiresAt: timestamptz("expires_at").notNull(),
    usedAt: timestamptz("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("password_reset_tokens_user_idx").on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type Role = User["role"];
