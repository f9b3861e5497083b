import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
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
    /** Bumped to end every open session of the user (disable, password reset). */
    sessionVersion: integer("session_version").notNull().default(1),
    isDemo: boolean("is_demo").notNull().default(false),
    /** The interface language the user chose (one of the six official languages); null: the browser's. */
    locale: text("locale"),
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
  ],
);

/** Failed and successful sign-in attempts, per account and per IP, for throttling across app instances. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    /** "email:<address>" or "ip:<address>" */
    key: text("key").notNull(),
    succeeded: boolean("succeeded").notNull(),
    attemptedAt: createdAt(),
  },
  // Throttling counts recent failures for one key.
  (t) => [index("login_attempts_key_time_idx").on(t.key, t.attemptedAt)],
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
    expiresAt: timestamptz("expires_at").notNull(),
    usedAt: timestamptz("used_at"),
    createdAt: createdAt(),
  },
  (t) => [index("password_reset_tokens_user_idx").on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type Role = User["role"];
