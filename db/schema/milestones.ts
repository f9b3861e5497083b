import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, unique } from "drizzle-orm/pg-core";
import { timestamptz } from "./columns";
import { reportingCycles } from "./cycles";
import { milestoneKind } from "./enums";
import { expertGroups } from "./expert-groups";
import { paragraphs, resolutions } from "./resolutions";

/** A dated step of the timeline, linked to the paragraph that mandates it. */
export const milestones = pgTable(
  "milestones",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    resolutionId: integer("resolution_id")
      .notNull()
      .references(() => resolutions.id, { onDelete: "cascade" }),
    paragraphId: integer("paragraph_id").references(() => paragraphs.id),
    cycleId: integer("cycle_id").references(() => reportingCycles.id, { onDelete: "cascade" }),
    expertGroupId: integer("expert_group_id").references(() => expertGroups.id, { onDelete: "cascade" }),
    /** Stable name within the resolution ("adoption", "deadline-65"), so seeding is idempotent. */
    key: text("key").notNull(),
    kind: milestoneKind("kind").notNull(),
    title: text("title").notNull(),
    /** When it is due or happened (New York time for deadlines). */
    dueAt: timestamptz("due_at").notNull(),
    doneOn: date("done_on", { mode: "string" }),
    documentSymbol: text("document_symbol"),
    /** Null when the date is documented; otherwise why it is assumed. */
    assumption: text("assumption"),
    source: text("source"),
  },
  (t) => [
    unique("milestones_resolution_key_uq").on(t.resolutionId, t.key),
    index("milestones_resolution_due_idx").on(t.resolutionId, t.dueAt),
    index("milestones_paragraph_idx").on(t.paragraphId),
    index("milestones_cycle_idx").on(t.cycleId),
    index("milestones_expert_group_idx").on(t.expertGroupId),
    check("milestones_title_not_blank", sql`length(trim(${t.title})) > 0`),
  ],
);

export type Milestone = typeof milestones.$inferSelect;
