import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
export const resultsDir = path.join(root, "bench", "results");

export const DEMO_PASSWORD = "demo-62/17-tracker";
export const DELEGATION = { email: "france@demo.test", home: "/states/FRA", marker: "France" };
export const REVIEWER = { email: "reviewer1@demo.test", home: "/secretariat", marker: "Secretariat overview", secondFactor: true };

/** DESIGN targets. Printed as PASS/WARN, never a failure. */
export const TARGETS = {
  latencyRatioMax: 3,
  throughputRatioMin: 1 / 3,
  rssMb: { pglite: 500, postgres: 400 } as Record<DbKind, number>,
  /** p50 of /accessibility over the floor's (app/bench-floor). */
  plainVsFloorMax: 1.5,
  /** p50 over /accessibility's: data pages, and the coverage matrix. */
  pageVsPlainMax: 2,
  matrixVsPlainMax: 2.5,
  matrixHtmlKbMax: 120,
};

export type DbKind = "pglite" | "postgres";
