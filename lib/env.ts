import { z } from "zod";

/**
 * The environment, read and validated once. Every variable is listed and explained in .env.example.
 * "Production" means a real deployment: NODE_ENV=production with a PostgreSQL server and no
 * TRACKER_DEMO_DATA. `npm start` on embedded PGlite is a production build too, but a demo.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  PGLITE_DATA_DIR: z.string().min(1).default(".data/pglite"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /** Demo only: the date the whole app believes it is (ISO date or date-time). Ignored in production. */
  TRACKER_TODAY: z.string().optional(),
  /**
   * "1" marks a demo or staging deployment on a real server: demo accounts are created and the
   * clock can be set, as on embedded PGlite. Never set it on the production server.
   */
  TRACKER_DEMO_DATA: z.enum(["0", "1"]).default("0"),
  SMTP_URL: z.string().optional(),
  /** The address people use to reach the app, for links in reminders. */
  APP_URL: z.url().default("http://localhost:3000"),
  /** Minutes between runs of the reminder job inside the server; 0 turns the schedule off. */
  /** Reverse proxies in front of the app; the client address is read that many hops from the right of X-Forwarded-For. */
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  REMINDER_INTERVAL_MINUTES: z.coerce.number().int().min(0).max(1440).default(60),
  MAIL_FROM: z.string().default("UNODA Information Security <no-reply@un.example>"),
  /** Bearer token for /api/metrics (Prometheus); unset: the endpoint answers 404. */
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),
  /** Bearer token for /api/admin/backup (embedded PGlite only; `npm run backup`); unset: 404. */
  BACKUP_TOKEN: z.string().min(16, "BACKUP_TOKEN must be at least 16 characters").optional(),
});

export type Env = z.infer<typeof schema>;

function readEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

let cached: Env | undefined;
export function env(): Env {
  cached ??= readEnv();
  return cached;
}

/** A real deployment: no demo accounts, no clock override. */
export function isProduction(e: Env = env()): boolean {
  return e.NODE_ENV === "production" && e.DATABASE_URL !== undefined && e.TRACKER_DEMO_DATA !== "1";
}
