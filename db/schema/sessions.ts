import { date, integer, pgTable } from "drizzle-orm/pg-core";

/** A session of the General Assembly, e.g. the sixty-fifth (opened 14 September 2010). */
export const gaSessions = pgTable("ga_sessions", {
  number: integer("number").primaryKey(),
  openingDate: date("opening_date", { mode: "string" }).notNull(),
});
