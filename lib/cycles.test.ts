import { describe, expect, it } from "vitest";
import { pickCurrentCycle } from "./cycles";
import { countByStatus } from "./status";

describe("pickCurrentCycle", () => {
  const closed = new Date("2009-07-08");
  it("picks the earliest open cycle", () => {
    const cycles = [
      { targetSession: 65, closedAt: null },
      { targetSession: 63, closedAt: closed },
      { targetSession: 64, closedAt: null },
    ];
    expect(pickCurrentCycle(cycles)?.targetSession).toBe(64);
  });
  it("falls back to the latest when all are closed, and to nothing when there are none", () => {
    expect(pickCurrentCycle([{ targetSession: 63, closedAt: closed }, { targetSession: 64, closedAt: closed }])?.targetSession).toBe(64);
    expect(pickCurrentCycle([])).toBeUndefined();
  });
});

describe("countByStatus", () => {
  it("counts the pairs without a row as not started", () => {
    const counts = countByStatus(
      [
        { status: "draft", n: 3 },
        { status: "not_started", n: 1 },
        { status: "accepted", n: 2 },
      ],
      772,
    );
    expect(counts).toMatchObject({ draft: 3, accepted: 2, not_started: 767, submitted: 0 });
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(772);
  });
});
