import { index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, timestamptz } from "./columns";
import { outboxStatus } from "./enums";
import { reportingCycles } from "./cycles";
import { memberStates } from "./states";
import { users } from "./users";

/**
 * Outgoing messages (deadline reminders). The unique key makes a reminder idempotent:
 * one person, one cycle, one offset, at most once, however often the job runs.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    cycleId: integer("cycle_id")
      .notNull()
      .references(() => reportingCycles.id, { onDelete: "cascade" }),
    memberStateId: integer("member_state_id")
      .notNull()
      .references(() => memberStates.id),
    recipientId: uuid("recipient_id")
      .notNull()
      .references(() => users.id),
    /** Days before the deadline (negative: after); null for a message composed by hand. */
    offsetDays: integer("offset_days"),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    /** pending (new, or waiting for a retry), sent, or failed: set aside after too many attempts. */
    status: outboxStatus("status").notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    /** After a failure, the earliest moment of the next attempt (backoff); null: send at once. */
    nextAttemptAt: timestamptz("next_attempt_at"),
    sentAt: timestamptz("sent_at"),
    createdAt: createdAt(),
  },
  (t) => [
    unique("outbox_reminder_once_uq").on(t.cycleId, t.recipientId, t.offsetDays),
    index("outbox_status_idx").on(t.status),
    index("outbox_state_idx").on(t.memberStateId),
    index("outbox_recipient_idx").on(t.recipientId),
  ],
);

/** Secret tokens for a delegation's calendar feed (calendar clients cannot sign in); only hashes are kept. */
export const calendarTokens = pgTable(
  "calendar_tokens",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    memberStateId: integer("member_state_id")
      .notNull()
      .references(() => memberStates.id),
    tokenHash: text("token_hash").notNull().unique(),
    createdById: uuid("created_by_id")
      .notNull()
      .references(() => users.id),
    revokedAt: timestamptz("revoked_at"),
    createdAt: createdAt(),
  },
  (t) => [
    index("calendar_tokens_state_idx").on(t.memberStateId),
    index("calendar_tokens_created_by_idx").on(t.createdById),
  ],
);
