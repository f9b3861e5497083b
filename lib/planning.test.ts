import { describe, expect, it } from "vitest";
import { backwardPlan, DEFAULT_ISSUANCE_LEAD_DAYS, DEFAULT_PROCESSING_DAYS } from "./planning";
import { endOfNewYorkDay } from "./time";

const defaults = { issuanceLeadDays: DEFAULT_ISSUANCE_LEAD_DAYS, processingDays: DEFAULT_PROCESSING_DAYS };

describe("backwardPlan", () => {
  it("counts back from the opening of the sixty-fifth session (14 September 2010)", () => {
    const plan = backwardPlan({ sessionOpening: "2010-09-14", ...defaults });
    // 42 days before 14 September is 3 August; 28 days before that is 6 July.
    expect(plan.latestIssuance).toBe("2010-08-03");
    expect(plan.latestReplyDate).toBe("2010-07-06");
    expect(plan.latestReplyDeadline).toEqual(endOfNewYorkDay("2010-07-06"));
    expect(plan.warnings).toEqual([]);
    expect(plan.slackDays).toBeNull();
  });

  it("leaves 64 days of processing after the deadline of 31 May 2010, 36 more than needed", () => {
    const plan = backwardPlan({ sessionOpening: "2010-09-14", ...defaults, replyDeadline: endOfNewYorkDay("2010-05-31") });
    expect(plan.processingDaysLeft).toBe(64);
    expect(plan.slackDays).toBe(36);
    expect(plan.warnings).toEqual([]);
  });

  it("accepts a deadline on the latest day itself and warns one day later", () => {
    expect(backwardPlan({ sessionOpening: "2010-09-14", ...defaults, replyDeadline: endOfNewYorkDay("2010-07-06") }).warnings).toEqual([]);
    const late = backwardPlan({ sessionOpening: "2010-09-14", ...defaults, replyDeadline: endOfNewYorkDay("2010-07-07") });
    expect(late.warnings).toEqual([{ kind: "deadline_too_late", deadline: endOfNewYorkDay("2010-07-07"), processingDaysLeft: 27, daysShort: 1 }]);
  });

  it("warns when the expert group's last session ends after the latest date (16 July 2010)", () => {
    const plan = backwardPlan({ sessionOpening: "2010-09-14", ...defaults, expertGroupLastSessionEnd: "2010-07-16" });
    expect(plan.warnings).toEqual([{ kind: "expert_group_too_late", lastSessionEnd: "2010-07-16", processingDaysLeft: 18, daysShort: 10 }]);
    expect(backwardPlan({ sessionOpening: "2010-09-14", ...defaults, expertGroupLastSessionEnd: "2010-07-06" }).warnings).toEqual([]);
  });

  it("uses a cycle's own offsets", () => {
    const plan = backwardPlan({ sessionOpening: "2010-09-14", issuanceLeadDays: 56, processingDays: 42, replyDeadline: endOfNewYorkDay("2010-05-31") });
    expect(plan.latestIssuance).toBe("2010-07-20");
    expect(plan.latestReplyDate).toBe("2010-06-08");
    expect(plan.slackDays).toBe(8);
  });

  it("crosses a year and a leap day correctly", () => {
    expect(backwardPlan({ sessionOpening: "2012-03-15", issuanceLeadDays: 15, processingDays: 1 }).latestReplyDate).toBe("2012-02-28");
    expect(backwardPlan({ sessionOpening: "2011-01-10", issuanceLeadDays: 10, processingDays: 0 }).latestIssuance).toBe("2010-12-31");
  });
});
