import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** One day in milliseconds (24 hours; calendar arithmetic on dates goes through UTC, so no DST shift). */
export const DAY_MS = 86_400_000;

/** Deadlines are set by the Secretariat, which sits in New York: a deadline is a moment in this zone. */
export const OFFICIAL_TIME_ZONE = "America/New_York";

/** "2010-05-31T23:59" read as New York wall-clock time, returned as the instant it names. */
export function newYorkTime(local: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(local);
  if (!m) throw new Error(`Not a local date-time: ${local}`);
  const [, y, mo, d, h = "0", mi = "0"] = m;
  return new Date(new TZDate(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), 0, OFFICIAL_TIME_ZONE).getTime());
}

/** The end of a day in New York (23:59), the usual form of a reply deadline. */
export function endOfNewYorkDay(isoDate: string): Date {
  return newYorkTime(`${isoDate}T23:59`);
}

/** "31 May 2010" — the UN's date style. */
export function formatUnDate(value: Date | string, timeZone = OFFICIAL_TIME_ZONE): string {
  const date = typeof value === "string" ? dateOnly(value) : new TZDate(value.getTime(), timeZone);
  return format(date, "d MMMM yyyy");
}

/** "31 May 2010, 23:59 (New York)" */
export function formatNewYorkDateTime(value: Date): string {
  return `${format(new TZDate(value.getTime(), OFFICIAL_TIME_ZONE), "d MMMM yyyy, HH:mm")} (New York)`;
}

/** A calendar date ("2010-05-31") as a local Date at noon, so no zone shifts it to another day. */
function dateOnly(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(y!, m! - 1, d!, 12);
}

/** The calendar date ("2010-07-20") of a moment in New York, e.g. a report's date of issue. */
export function newYorkDate(value: Date): string {
  return format(new TZDate(value.getTime(), OFFICIAL_TIME_ZONE), "yyyy-MM-dd");
}

/** A calendar date moved by whole days ("2010-09-14" - 42 = "2010-08-03"); no time zone involved. */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + days)).toISOString().slice(0, 10);
}

/** Whole days from one calendar date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    return Date.UTC(y!, m! - 1, d!);
  };
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}
