import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { endOfNewYorkDay, newYorkTime } from "@/lib/time";
import { buildFeedEvents, toICalendar, type FeedMilestone } from "./feed";

const milestone = (over: Partial<FeedMilestone>): FeedMilestone => ({
  resolutionSymbol: "A/RES/62/17",
  key: "adoption",
  kind: "adoption",
  title: "Resolution 62/17 adopted",
  dueAt: newYorkTime("2007-12-05T12:00"),
  doneOn: "2007-12-05",
  documentSymbol: "A/RES/62/17",
  assumption: null,
  cycleId: null,
  ...over,
});
const cycle = { id: 3, resolutionSymbol: "A/RES/62/17", targetSession: 65, deadline: endOfNewYorkDay("2010-05-31"), reportSymbol: "A/65/154" };
const milestones = [
  milestone({}),
  milestone({ key: "deadline-65", kind: "reply_deadline", title: "Deadline (milestone copy)", dueAt: cycle.deadline, cycleId: 3 }),
  milestone({
    key: "expert-group-session-1",
    kind: "expert_group_session",
    title: "Expert group, first session (New York)",
    dueAt: newYorkTime("2009-11-16T12:00"),
    doneOn: "2009-11-20",
    documentSymbol: null,
    assumption: "the days are a guess",
  }),
];

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("the global feed", () => {
  const events = buildFeedEvents({ milestones, cycles: [cycle] });
  const parsed = parse(toICalendar(events, "Resolution 62/17"));

  it("holds the milestones as all-day events and each cycle's deadline as its New York minute", () => {
    expect(parsed.map((e) => e.summary)).toEqual([
      "Resolution 62/17 adopted",
      "Expert group, first session (New York)",
      "Deadline for replies for the sixty-fifth session",
    ]);
    const adoption = parsed[0]!;
    expect(adoption.startDate.isDate).toBe(true);
    expect(adoption.startDate.toString()).toBe("2007-12-05");
    expect(adoption.endDate.toString()).toBe("2007-12-06");
    const deadline = parsed[2]!;
    expect(deadline.startDate.toJSDate().toISOString()).toBe("2010-06-01T03:59:00.000Z");
    expect(deadline.description).toContain("31 May 2010, 23:59 (New York)");
  });

  it("spans a session over its days and says when a date is assumed", () => {
    const session = parsed[1]!;
    expect(session.startDate.toString()).toBe("2009-11-16");
    expect(session.endDate.toString()).toBe("2009-11-21");
    expect(session.description).toContain("Date not confirmed.");
    expect(session.description).not.toContain("guess");
  });

  it("gives every event a stable unique identifier", () => {
    const again = buildFeedEvents({ milestones, cycles: [cycle] });
    expect(again.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(parsed.length);
  });
});

describe("documents and mandates as of the feed's day", () => {
  const report = milestone({ key: "report-65", kind: "report_issued", title: "Report issued", dueAt: newYorkTime("2010-07-20T12:00"), doneOn: null, documentSymbol: "A/65/154", cycleId: 3, mandateSymbol: "A/RES/64/25" });
  it("names the cycle's own mandate and shows a report's symbol only once it is issued", () => {
    const before = buildFeedEvents({ milestones: [report], cycles: [{ ...cycle, resolutionSymbol: "A/RES/64/25", reportIssuedOn: null }], today: "2010-05-01" });
    expect(before.map((e) => e.description).join("\n")).not.toContain("A/65/154");
    expect(before.every((e) => e.description.startsWith("A/RES/64/25"))).toBe(true);
    const after = buildFeedEvents({ milestones: [{ ...report, doneOn: "2010-07-20" }], cycles: [{ ...cycle, resolutionSymbol: "A/RES/64/25", reportIssuedOn: "2010-07-20" }], today: "2010-07-20" });
    expect(after.map((e) => e.description).join("\n")).toContain("A/65/154");
  });
});

describe("a delegation's feed", () => {
  const extension = { cycleId: 3, deadline: endOfNewYorkDay("2010-06-15"), reason: "Translation of the reply" };
  it("replaces the cycle's deadline with the State's extension", () => {
    const parsed = parse(toICalendar(buildFeedEvents({ milestones, cycles: [cycle], state: { iso3: "FRA", name: "France" }, extensions: [extension] }), "France"));
    const deadlines = parsed.filter((e) => e.summary.includes("eadline"));
    expect(deadlines).toHaveLength(1);
    expect(deadlines[0]!.summary).toBe("Extended deadline for France: replies for the sixty-fifth session");
    expect(deadlines[0]!.startDate.toJSDate().toISOString()).toBe("2010-06-16T03:59:00.000Z");
    expect(deadlines[0]!.description).toContain("Reason: Translation of the reply");
  });
  it("keeps the cycle's deadline when the State has no extension", () => {
    const parsed = parse(toICalendar(buildFeedEvents({ milestones, cycles: [cycle], state: { iso3: "FRA", name: "France" }, extensions: [] }), "France"));
    expect(parsed.map((e) => e.summary)).toContain("Deadline for replies for the sixty-fifth session");
  });
});

describe("the feed in the language asked for (?lang=)", () => {
  const extension = { cycleId: 3, deadline: endOfNewYorkDay("2010-06-15"), reason: "Traduction de la réponse" };
  it("titles deadlines in French, Russian (the session in its oblique case), Arabic and Chinese; and the milestones the tracker derives", () => {
    const titles = (locale: "fr" | "ru" | "ar" | "zh" | "es") => buildFeedEvents({ milestones, cycles: [cycle], locale }).map((e) => e.title);
    expect(titles("fr")).toContain("Date limite des réponses pour la soixante-cinquième session");
    expect(titles("es")).toContain("Plazo de respuesta para el sexagésimo quinto período de sesiones");
    expect(titles("ru")).toContain("Срок представления ответов к шестьдесят пятой сессии");
    expect(titles("ar")).toContain("الموعد النهائي للردود المقدمة إلى الدورة الخامسة والستين");
    expect(titles("zh")).toContain("第六十五届会议答复截止日期");
    // Milestones the tracker derives (expert group sessions, the adoption) are titled in the feed's language too.
    expect(titles("fr")).toContain("Groupe d'experts gouvernementaux, première session");
    expect(titles("fr")).not.toContain("Expert group, first session (New York)");
  });
  it("writes the extension's dates and reason in the feed's language, and survives the iCalendar round trip", () => {
    const events = buildFeedEvents({ milestones, cycles: [cycle], state: { iso3: "FRA", name: "France" }, extensions: [extension], locale: "fr" });
    const parsed = parse(toICalendar(events, "Résolution 62/17 : France"));
    const deadline = parsed.find((e) => e.summary.startsWith("Date limite prorogée"))!;
    expect(deadline.summary).toBe("Date limite prorogée pour France : réponses pour la soixante-cinquième session");
    expect(deadline.description).toContain("Prorogée du 31 mai 2010");
    expect(deadline.description).toContain("heure de New York");
    expect(deadline.description).toContain("Motif : Traduction de la réponse");
  });
});
