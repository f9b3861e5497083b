/**
 * Demo accounts, created outside production only (see lib/env.ts isProduction) and printed at start.
 * Delegations of States from each regional group, two officers for France (to try concurrent editing),
 * two reviewers and one administrator.
 */
export const DEMO_PASSWORD = "demo-62/17-tracker";

/**
 * The Secretariat must sign in with a second factor: the demo reviewers and administrator are
 * enrolled with this TOTP secret (add it to an authenticator app, or compute the code, as the
 * end-to-end tests do). Printed with the demo logins; never used in production.
 */
export const DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

export const DEMO_ACCOUNTS = [
  { email: "france@demo.test", name: "Officer, Permanent Mission of France", role: "delegation", iso3: "FRA" },
  { email: "france2@demo.test", name: "Second officer, Permanent Mission of France", role: "delegation", iso3: "FRA" },
  { email: "russia@demo.test", name: "Officer, Permanent Mission of the Russian Federation", role: "delegation", iso3: "RUS" },
  { email: "brazil@demo.test", name: "Officer, Permanent Mission of Brazil", role: "delegation", iso3: "BRA" },
  { email: "southafrica@demo.test", name: "Officer, Permanent Mission of South Africa", role: "delegation", iso3: "ZAF" },
  { email: "india@demo.test", name: "Officer, Permanent Mission of India", role: "delegation", iso3: "IND" },
  { email: "reviewer1@demo.test", name: "Reviewer One, UNODA", role: "reviewer", iso3: null },
  { email: "reviewer2@demo.test", name: "Reviewer Two, UNODA", role: "reviewer", iso3: null },
  { email: "admin@demo.test", name: "Administrator, UNODA", role: "admin", iso3: null },
] as const;
