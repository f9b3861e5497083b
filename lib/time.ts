import { TZDate } from "@date-fns/tz";
import { dateTimeFormat } from "@/lib/intl-cache";

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

/**
 * The parts of a moment's wall-clock time in a zone, from a cached Intl formatter: some 40 times cheaper
 * than a TZDate and date-fns's `format`, and pages read dozens (every milestone's state, every date shown).
 */
function wallClock(value: Date, timeZone: string) {
  const parts = dateTimeFormat("en-GB", { timeZone, year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).formatToParts(value);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return { year: part("year"), monthName: part("month"), day: part("day"), hour: part("hour"), minute: part("minute") };
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "31 May 2010" — the UN's date style. A calendar date ("2010-05-31") is shown as it is. */
export function formatUnDate(value: Date | string, timeZone = OFFICIAL_TIME_ZONE): string {
  if (typeof value === "string") {
    const [y, m, d] = value.split("-").map(Number);
    return `${d} ${MONTHS[m! - 1]} ${y}`;
  }
  const { day, monthName, year } = wallClock(value, timeZone);
  return `${day} ${monthName} ${year}`;
}

/** "31 May 2010, 23:59 (New York)" */
export function formatNewYorkDateTime(value: Date): string {
  const { day, monthName, year, hour, minute } = wallClock(value, OFFICIAL_TIME_ZONE);
  return `${day} ${monthName} ${year}, ${hour}:${minute} (New York)`;
}

/** The calendar date ("2010-07-20") of a moment in New York, e.g. a report's date of issue. */
export function newYorkDate(value: Date): string {
  // en-CA writes dates as ISO does ("2010-07-20"); checked, in case a future ICU changes its mind.
  const iso = dateTimeFormat("en-CA", { timeZone: OFFICIAL_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const parts = dateTimeFormat("en-US", { timeZone: OFFICIAL_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(value);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
  return `${part("year")}-${part("month")}-${part("day")}`;
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
