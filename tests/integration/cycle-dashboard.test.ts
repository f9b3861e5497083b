import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/permissions";
import type { ServiceContext } from "@/lib/context";
import { getCycleDashboard } from "@/lib/review/dashboard";
import { getCoverageMatrix } from "@/lib/review/queries";
import { grantExtension } from "@/lib/review/service";
import { submitReply } from "@/lib/submissions/service";
import { newYorkTime } from "@/lib/time";
import { cycleFor, makeUser } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

let t: TestDatabase;
let reviewer: Actor;
const ctx = (actor: Actor, now: string): ServiceContext => ({ db: t.conn.db, actor, now: newYorkTime(now) });

beforeAll(async () => {
  t = await openTestDatabase();
  reviewer = await makeUser(t.conn.db, { role: "reviewer" });
  // The 65th session's deadline is 31 May 2010: Kenya replies early, India late; Turkey gets an extension.
  for (const [iso3, at] of [
    ["KEN", "2010-05-01T12:00"],
    ["IND", "2010-06-02T12:00"],
  ] as const) {
    const officer = await makeUser(t.conn.db, { role: "delegation", iso3 });
    await submitReply(ctx(officer, at), { iso3, session: 65, letter: "a", language: "en", isNilReply: false, publication: "public", body: `Views of ${iso3}.`, expectedVersion: 0 });
  }
  await grantExtension(ctx(reviewer, "2010-05-20T12:00"), { iso3: "TUR", session: 65, deadline: "2010-06-15T23:59", reason: "Elections" });
});
afterAll(async () => t?.close());

describe("the cycle dashboard", () => {
  it("counts the Members of the cycle's deadline under their names of that day, as the matrix does", async () => {
    const cycle = await cycleFor(t.conn.db, 65);
    const d = await getCycleDashboard(t.conn.db, cycle, newYorkTime("2010-05-01T18:00"));
    const { rows } = await getCoverageMatrix(t.conn.db, cycle);

    expect(d.members).toBe(192);
    expect(rows).toHaveLength(192);
    const names = d.notStarted.map((s) => s.name);
    // Kenya and India have started; every other Member of 31 May 2010 has not.
    expect(names).toHaveLength(190);
    expect(names).not.toContain("Kenya");
    expect(names).not.toContain("South Sudan");
    expect(d.notStarted.map((s) => s.iso3)).not.toContain("SSD");
    expect(names).toContain("Turkey");
    expect(names).not.toContain("Türkiye");
    expect(names).toContain("Czech Republic");
    expect(names).not.toContain("Czechia");
    expect(names).toContain("Swaziland");
    // The same States, in the same order, as the matrix's rows that have not started.
    const matrixNotStarted = rows.filter((r) => Object.values(r.cells).every((c) => c.status === "not_started")).map((r) => r.state.name);
    expect(names).toEqual(matrixNotStarted);

    expect(d.extended).toEqual([expect.objectContaining({ iso3: "TUR", name: "Turkey" })]);
    expect(d.late.map((s) => s.name)).toEqual(["India"]);
    expect(d.daysLeft).toBe(30);
    expect(d.days.map((x) => [x.date, x.day, x.total, x.byGroup.african])).toEqual([
      ["2010-05-01", -30, 1, 1],
      ["2010-06-02", 2, 1, 0],
    ]);
  });
});
