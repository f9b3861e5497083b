import type { Database } from "@/db/client";
import type { Actor } from "@/lib/permissions";

/** Who acts, on which database, at which moment (the app's clock): every service takes one. */
export interface ServiceContext {
  db: Database;
  actor: Actor;
  now: Date;
}
