import { describe, expect, it } from "vitest";
import { deadlineState, DUE_SOON_DAYS, effectiveDeadline, isLateAt } from "./deadlines";
import { endOfNewYorkDay, newYorkTime } from "./time";

// 31 May 2010, 23:59 in New York (EDT, UTC-4) = 1 June 2010, 03:59 UTC.
const deadline = endOfNewYorkDay("2010-05-31");

describe("the deadline minute", () => {
  it("is the New York minute whatever the viewer's zone", () => {
    expect(deadline.toISOString()).toBe("2010-06-01T03:59:00.000Z");
    // Geneva (CEST, UTC+2) sees 05:59 on 1 June; Canberra (AEST, UTC+10) sees 13:59 on 1 June.
    expect(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Zurich", dateStyle: "short", timeStyle: "short" }).format(deadline)).toBe("01/06/2010, 05:59");
    expect(new Intl.DateTimeFormat("en-GB", { timeZone: "Australia/Canberra", dateStyle: "short", timeStyle: "short" }).format(deadline)).toBe("01/06/2010, 13:59");
  });

  it("is still on time during the deadline minute and late one second after it", () => {
    expect(isLateAt(new Date("2010-06-01T03:59:00.000Z"), deadline)).toBe(false);
    expect(isLateAt(new Date("2010-06-01T03:59:59.999Z"), deadline)).toBe(false);
    expect(isLateAt(new Date("2010-06-01T04:00:00.000Z"), deadline)).toBe(true);
  });

  it("follows daylight saving time in New York", () => {
    // 31 December is EST (UTC-5).
    expect(endOfNewYorkDay("2009-12-31").toISOString()).toBe("2010-01-01T04:59:00.000Z");
    expect(newYorkTime("2010-03-14T03:30").toISOString()).toBe("2010-03-14T07:30:00.000Z");
  });
});

describe("deadlineState", () => {
  it("is open more than a week before", () => {
    expect(deadlineState(new Date("2010-05-01T16:00:00Z"), deadline)).toEqual({ kind: "open", daysLeft: 30 });
  });
  it("is due soon in the last week", () => {
    const state = deadlineState(new Date(deadline.getTime() - 2.5 * 86400000), deadline);
    expect(state).toMatchObject({ kind: "due_soon", daysLeft: 2 });
    expect(deadlineState(new Date(deadline.getTime() - DUE_SOON_DAYS * 86400000), deadline).kind).toBe("due_soon");
    expect(deadlineState(new Date(deadline.getTime() - DUE_SOON_DAYS * 86400000 - 1), deadline).kind).toBe("open");
  });
  it("is overdue after the deadline minute, counted in started days", () => {
    expect(deadlineState(new Date("2010-06-01T04:00:00Z"), deadline)).toEqual({ kind: "overdue", daysOver: 1 });
    expect(deadlineState(new Date("2010-06-03T12:00:00Z"), deadline)).toEqual({ kind: "overdue", daysOver: 3 });
  });
});

describe("effectiveDeadline", () => {
  it("is the State's extension when there is one", () => {
    const extended = endOfNewYorkDay("2010-06-15");
    expect(effectiveDeadline(deadline, { deadline: extended })).toBe(extended);
    expect(effectiveDeadline(deadline, null)).toBe(deadline);
  });
});
