import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { endOfNewYorkDay, newYorkTime } from "@/lib/time";
import { isPending, milestoneStatus, resolveMilestone } from "./status";

/** A wall-clock time in another city, as the instant it names. */
const at = (zone: string, y: number, mo: number, d: number, h: number, mi: number, s = 0, ms = 0) =>
  new Date(new TZDate(y, mo - 1, d, h, mi, s, zone).getTime() + ms);
const GENEVA = "Europe/Zurich";
const CANBERRA = "Australia/Canberra";

// The reply deadline of the 65th-session cycle: 31 May 2010, 23:59 in New York = 1 June 2010, 03:59 UTC.
const deadline = { dueAt: endOfNewYorkDay("2010-05-31"), doneOn: "2010-05-31" };
// The same deadline before anything says it passed (as a per-State deadline is).
const openDeadline = { dueAt: endOfNewYorkDay("2010-05-31"), doneOn: null };

describe("a deadline milestone at its last minute, seen from Geneva", () => {
  it("is due soon at 05:59:59.999 on 1 June in Geneva (23:59:59 in New York)", () => {
    const now = at(GENEVA, 2010, 6, 1, 5, 59, 59, 999);
    expect(now.toISOString()).toBe("2010-06-01T03:59:59.999Z");
    expect(milestoneStatus(deadline, now)).toMatchObject({ kind: "due_soon", daysLeft: 0, hoursLeft: 0 });
    expect(milestoneStatus(openDeadline, now).kind).toBe("due_soon");
  });
  it("is over at 06:00 on 1 June in Geneva (midnight in New York)", () => {
    const now = at(GENEVA, 2010, 6, 1, 6, 0);
    expect(milestoneStatus(deadline, now)).toEqual({ kind: "done", doneOn: "2010-05-31" });
    expect(milestoneStatus(openDeadline, now)).toEqual({ kind: "overdue", daysOver: 1 });
  });
  it("is due soon the whole New York day of 31 May, although Geneva is already on 1 June", () => {
    expect(milestoneStatus(deadline, at(GENEVA, 2010, 5, 31, 9, 0)).kind).toBe("due_soon");
    expect(milestoneStatus(deadline, at(GENEVA, 2010, 6, 1, 1, 0)).kind).toBe("due_soon");
  });
});

describe("a deadline milestone at its last minute, seen from Canberra", () => {
  it("is due soon at 13:59:59 on 1 June in Canberra", () => {
    const now = at(CANBERRA, 2010, 6, 1, 13, 59, 59);
    expect(now.toISOString()).toBe("2010-06-01T03:59:59.000Z");
    expect(milestoneStatus(deadline, now).kind).toBe("due_soon");
  });
  it("is over at 14:00 on 1 June in Canberra", () => {
    const now = at(CANBERRA, 2010, 6, 1, 14, 0);
    expect(milestoneStatus(deadline, now).kind).toBe("done");
    expect(milestoneStatus(openDeadline, now).kind).toBe("overdue");
  });
});

describe("milestoneStatus", () => {
  const noon = (d: string) => newYorkTime(`${d}T12:00`);

  it("is upcoming more than a week ahead, with whole days left", () => {
    expect(milestoneStatus(deadline, noon("2010-05-01"))).toEqual({ kind: "upcoming", daysLeft: 30 });
    // Calendar days, whatever the hour: the demo clock runs on from the date it was set to.
    const meeting = { kind: "report_issued", dueAt: newYorkTime("2008-07-18T12:00"), doneOn: null };
    expect(milestoneStatus(meeting, newYorkTime("2008-06-15T12:05"))).toEqual({ kind: "upcoming", daysLeft: 33 });
    expect(milestoneStatus(meeting, newYorkTime("2008-06-15T23:59"))).toEqual({ kind: "upcoming", daysLeft: 33 });
    expect(milestoneStatus(meeting, newYorkTime("2008-09-18T12:05"))).toEqual({ kind: "overdue", daysOver: 62 });
  });
  it("turns due soon exactly seven days before", () => {
    const week = 7 * 86_400_000;
    expect(milestoneStatus(openDeadline, new Date(openDeadline.dueAt.getTime() - week)).kind).toBe("due_soon");
    expect(milestoneStatus(openDeadline, new Date(openDeadline.dueAt.getTime() - week - 1)).kind).toBe("upcoming");
  });
  it("is done once its done date has come, even ahead of the planned moment", () => {
    const report = { dueAt: noon("2010-07-20"), doneOn: "2010-07-15" };
    expect(milestoneStatus(report, noon("2010-07-14")).kind).toBe("due_soon");
    expect(milestoneStatus(report, newYorkTime("2010-07-15T00:00"))).toEqual({ kind: "done", doneOn: "2010-07-15" });
  });
  it("is overdue when its moment has passed and nothing says it happened", () => {
    const report = { dueAt: noon("2010-07-20"), doneOn: null };
    expect(milestoneStatus(report, noon("2010-09-20"))).toEqual({ kind: "overdue", daysOver: 62 });
  });
  it("is in progress between the first and the last day of a session", () => {
    const session = { dueAt: noon("2010-06-21"), doneOn: "2010-06-25" };
    expect(milestoneStatus(session, noon("2010-06-20")).kind).toBe("due_soon");
    expect(milestoneStatus(session, noon("2010-06-23"))).toEqual({ kind: "in_progress", until: "2010-06-25", daysLeft: 2 });
    expect(milestoneStatus(session, newYorkTime("2010-06-25T00:00")).kind).toBe("done");
  });
  it("says which states are still ahead", () => {
    expect(isPending({ kind: "upcoming", daysLeft: 3 })).toBe(true);
    expect(isPending({ kind: "overdue", daysOver: 3 })).toBe(true);
    expect(isPending({ kind: "done", doneOn: "2010-01-01" })).toBe(false);
    expect(isPending({ kind: "in_progress", until: "2010-01-01", daysLeft: 0 })).toBe(false);
  });
});

describe("resolveMilestone", () => {
  const cycle = { deadline: endOfNewYorkDay("2010-06-15"), reportIssuedOn: null };
  it("moves a reply deadline with its cycle", () => {
    const m = resolveMilestone({ kind: "reply_deadline", dueAt: endOfNewYorkDay("2010-05-31"), doneOn: "2010-05-31" }, cycle);
    expect(m.dueAt).toEqual(endOfNewYorkDay("2010-06-15"));
    expect(m.doneOn).toBe("2010-06-15");
  });
  it("marks a report issued when its cycle records the issue date", () => {
    const m = { kind: "report_issued", dueAt: newYorkTime("2010-07-20T12:00"), doneOn: null };
    expect(resolveMilestone(m, cycle).doneOn).toBeNull();
    expect(resolveMilestone(m, { ...cycle, reportIssuedOn: "2010-07-20" }).doneOn).toBe("2010-07-20");
  });
  it("leaves other milestones as they are", () => {
    const m = { kind: "adoption", dueAt: newYorkTime("2007-12-05T12:00"), doneOn: "2007-12-05" };
    expect(resolveMilestone(m, null)).toBe(m);
  });
});
