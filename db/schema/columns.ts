import { timestamp } from "drizzle-orm/pg-core";

/** Every moment is stored with its time zone; deadlines are shown in New York time and the viewer's. */
export const timestamptz = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const createdAt = () => timestamptz("created_at").notNull().defaultNow();
export const updatedAt = () =>
  timestamptz("updated_at")
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());
