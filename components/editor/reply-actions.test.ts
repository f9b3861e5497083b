import { describe, expect, it } from "vitest";
import { STATUSES } from "@/lib/status";
import { decide } from "@/lib/workflow";
import { replyButtons } from "./reply-actions";

describe("the editor's buttons follow the workflow", () => {
  it.each(STATUSES)("in status %s, shows submit and withdraw only where the workflow allows them", (status) => {
    const buttons = replyButtons(status);
    expect(buttons.submit !== null).toBe(decide("delegation", status, "submit").ok);
    expect(buttons.withdraw).toBe(decide("delegation", status, "withdraw").ok);
  });

  it("offers an amendment once the Secretariat has a submitted version", () => {
    expect(replyButtons("draft").submit).toBe("submit");
    expect(replyButtons("returned").submit).toBe("submit");
    expect(replyButtons("under_review").submit).toBe("amend");
    expect(replyButtons("accepted")).toEqual({ submit: "amend", withdraw: true });
    expect(replyButtons("published")).toEqual({ submit: null, withdraw: false });
  });
});
