import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { describe, expect, it } from "vitest";
import { formatNewYorkDateTime, formatUnDate, newYorkDate, OFFICIAL_TIME_ZONE } from "./time";

/** What these helpers answered when they were written with a TZDate and date-fns's `format`: the reference. */
const reference = {
  newYorkDate: (v: Date) => format(new TZDate(v.getTime(), OFFICIAL_TIME_ZONE), "yyyy-MM-dd"),
  formatNewYorkDateTime: (v: Date) => `${format(new TZDate(v.getTime(), OFFICIAL_TIME_ZONE), "d MMMM yyyy, HH:mm")} (New York)`,
  formatUnDate: (v: Date, zone: string) => format(new TZDate(v.getTime(), zone), "d MMMM yyyy"),
};

// Every 433 minutes over 2007-2027 (every hour of the day comes round), and every 10 minutes around each change of
// daylight saving time and each New York midnight on those days.
const moments = [
  ...Array.from({ length: Math.floor((20 * 365 * 1440) / 433) }, (_, i) => new Date(Date.UTC(2007, 0, 1) + i * 433 * 60_000)),
  ...["2010-03-14", "2010-11-07", "2023-03-12", "2023-11-05", "2026-03-08", "2026-11-01"].flatMap((day) =>
    Array.from({ length: 24 * 6 }, (_, i) => new Date(Date.parse(`${day}T00:00:00Z`) + i * 10 * 60_000)),
  ),
];

describe("New York dates on Intl formatters", () => {
  it("gives the same calendar date in New York as the reference, at every hour of twenty years", () => {
    const differ = moments.filter((m) => newYorkDate(m) !== reference.newYorkDate(m));
    expect(differ).toEqual([]);
  }, 30_000);

  it("writes the UN's date and time as the reference did, midnight and single-digit days included", () => {
    const differ = moments.filter((m) => formatNewYorkDateTime(m) !== reference.formatNewYorkDateTime(m));
    expect(differ).toEqual([]);
    expect(formatNewYorkDateTime(new Date("2010-06-01T03:59:00Z"))).toBe("31 May 2010, 23:59 (New York)");
    expect(formatNewYorkDateTime(new Date("2010-05-01T04:05:00Z"))).toBe("1 May 2010, 00:05 (New York)");
  }, 30_000);

  it("writes a moment's date in any zone, and a calendar date as it is", () => {
    for (const zone of [OFFICIAL_TIME_ZONE, "Europe/Zurich", "Asia/Tokyo", "UTC"]) {
      const differ = moments.filter((_, i) => i % 7 === 0).filter((m) => formatUnDate(m, zone) !== reference.formatUnDate(m, zone));
      expect(differ).toEqual([]);
    }
    expect(formatUnDate("2010-07-20")).toBe("20 July 2010");
    expect(formatUnDate("2009-01-05")).toBe("5 January 2009");
  }, 30_000);
});
