import { describe, expect, it } from "vitest";
import { endOfNewYorkDay } from "@/lib/time";
import { dueOffset } from "./schedule";

const deadline = endOfNewYorkDay("2010-05-31");
const at = (iso: string) => new Date(iso);

describe("dueOffset", () => {
  const offsets = [14, 3, -1];
  it("is nothing before the first reminder's moment", () => {
    expect(dueOffset(offsets, deadline, at("2010-05-17T00:00:00Z"))).toBeNull();
  });
  it("is the 14-day reminder from its exact moment", () => {
    expect(dueOffset(offsets, deadline, new Date(deadline.getTime() - 14 * 86400000))).toBe(14);
  });
  it("skips a missed reminder in favour of the most recent one", () => {
    expect(dueOffset(offsets, deadline, at("2010-05-30T12:00:00Z"))).toBe(3);
  });
  it("sends the one after the deadline", () => {
    expect(dueOffset(offsets, deadline, at("2010-06-02T12:00:00Z"))).toBe(-1);
  });
  it("follows an extended deadline", () => {
    expect(dueOffset(offsets, endOfNewYorkDay("2010-06-15"), at("2010-06-02T12:00:00Z"))).toBe(14);
  });
});
