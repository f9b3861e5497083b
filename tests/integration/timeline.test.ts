import { and, desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appSettings, auditEvents, calendarTokens, deadlineExtensions, expertGroupMembers, expertGroups, gaSessions, milestones, resolutions } from "@/db/schema";
import { buildFeedEvents } from "@/lib/calendar/feed";
import { getActiveToken } from "@/lib/calendar/queries";
import { hashCalendarToken, rotateCalendarToken, verifyCalendarToken } from "@/lib/calendar/tokens";
import { DEMO_TODAY_SETTING, parseDemoToday } from "@/lib/clock";
import { getClockSetting, setDemoDate } from "@/lib/clock-setting";
import { AppError } from "@/lib/errors";
import { addMember, removeMember, setChair, setExpertName } from "@/lib/expert-group/service";
import { getExpertGroupsView } from "@/lib/expert-group/queries";
import type { Actor } from "@/lib/permissions";
import { updateCycle } from "@/lib/admin/cycles";
import { addResolution } from "@/lib/resolutions/service";
import type { ServiceContext } from "@/lib/context";
import { endOfNewYorkDay, newYorkTime } from "@/lib/time";
import { getCyclePlans, getDueNext, getFeedData, getTimeline } from "@/lib/timeline/queries";
import { newResolutionInput, type NewResolutionInput } from "@/lib/validation/resolution";
import { cycleFor, makeUser, stateByIso3 } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";
import { translateMessage } from "@/lib/i18n/message-key";
import { translatorFor } from "@/lib/i18n/translator";

/** A service's message as an English reader gets it. */
const english = (message: string) => translateMessage(translatorFor("en"), message);

let t: TestDatabase;
let admin: Actor;
let france: Actor;
let russia: Actor;
let groupId: number;
const MAY_2010 = newYorkTime("2010-05-01T12:00");

beforeAll(async () => {
  t = await openTestDatabase();
  admin = await makeUser(t.conn.db, { role: "admin" });
  france = await makeUser(t.conn.db, { role: "delegation", iso3: "FRA" });
  russia = await makeUser(t.conn.db, { role: "delegation", iso3: "RUS" });
  const [group] = await t.conn.db.select().from(expertGroups);
  groupId = group!.id;
});
afterAll(async () => t?.close());

const ctx = (actor: Actor, now = MAY_2010): ServiceContext => ({ db: t.conn.db, actor, now });

async function errorOf(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

async function lastAudit(action: string) {
  const [row] = await t.conn.db.select().from(auditEvents).where(eq(auditEvents.action, action)).orderBy(desc(auditEvents.id)).limit(1);
  return row;
}

describe("the timeline from the seed", () => {
  it("groups 62/17's milestones by paragraph, each with its state on 1 May 2010", async () => {
    const [r62] = await getTimeline(t.conn.db, MAY_2010);
    expect(r62!.resolution.symbol).toBe("A/RES/62/17");
    expect(r62!.groups.map((g) => g.paragraph?.number ?? null)).toEqual([null, 3, 4, 5]);
    const all = r62!.groups.flatMap((g) => g.entries);
    const state = (key: string) => all.find((e) => e.key === key)!.status.kind;
    expect(state("adoption")).toBe("done");
    expect(state("note-verbale-65")).toBe("done");
    expect(state("expert-group-session-2")).toBe("done");
    expect(state("deadline-65")).toBe("upcoming");
    expect(state("expert-group-session-3")).toBe("upcoming");
    expect(state("report-65")).toBe("upcoming");
    expect(state("session-65")).toBe("upcoming");
  });

  it("lists what is due next, and a State's extended deadline for its delegation", async () => {
    const next = await getDueNext(t.conn.db, MAY_2010);
    expect(next.map((e) => e.key)).toEqual(["deadline-65", "expert-group-session-3", "expert-group-session-4"]);

    const fra = await stateByIso3(t.conn.db, "FRA");
    const cycle = await cycleFor(t.conn.db, 65);
    await t.conn.db.insert(deadlineExtensions).values({ memberStateId: fra.id, cycleId: cycle.id, deadline: endOfNewYorkDay("2010-06-15"), reason: "Translation", grantedById: admin.id });
    const own = await getDueNext(t.conn.db, newYorkTime("2010-06-05T12:00"), { memberStateId: fra.id });
    expect(own[0]).toMatchObject({ key: "deadline-65", status: { kind: "upcoming" } });
    expect(own[0]!.dueAt).toEqual(endOfNewYorkDay("2010-06-15"));
    expect(own[0]!.extendedFrom).toEqual(endOfNewYorkDay("2010-05-31"));
    // Others see the deadline as passed: it is no longer due next.
    expect((await getDueNext(t.conn.db, newYorkTime("2010-06-05T12:00"))).map((e) => e.key)).not.toContain("deadline-65");

    const feed = await getFeedData(t.conn.db, fra.id);
    const events = buildFeedEvents({ ...feed, state: { iso3: "FRA", name: "France" } });
    expect(events.filter((e) => e.title.startsWith("Extended deadline for France"))).toHaveLength(1);
  });

  it("marks the report issued when its cycle is, and overdue until then", async () => {
    const after = newYorkTime("2010-09-20T12:00");
    const entry = async () => (await getTimeline(t.conn.db, after))[0]!.groups.flatMap((g) => g.entries).find((e) => e.key === "report-65")!;
    expect((await entry()).status.kind).toBe("overdue");
  });

  it("plans every cycle backwards and warns that the expert group's last session ends late", async () => {
    const plans = await getCyclePlans(t.conn.db, "2010-05-01");
    const p65 = plans.find((p) => p.targetSession === 65)!;
    expect(p65.plan).toMatchObject({ latestIssuance: "2010-08-03", latestReplyDate: "2010-07-06", slackDays: 36 });
    // The fourth session's days are assumed (the seed marks them): the page gets the month, the plan the planned day.
    expect(p65.expertGroup).toMatchObject({ lastSessionEnd: null, lastSessionMonth: "2010-07" });
    expect(p65.plan.warnings.map((w) => w.kind)).toEqual(["expert_group_too_late"]);
    expect(plans.find((p) => p.targetSession === 64)!.plan.warnings).toEqual([]);
  });
});

describe("a cycle's planning offsets", () => {
  it("are data of the cycle: the plan follows when an administrator changes them", async () => {
    const cycle = await cycleFor(t.conn.db, 65);
    const edit = { cycleId: cycle.id, noteVerbaleDate: cycle.noteVerbaleDate, deadline: "2010-05-31T23:59", reminderOffsets: cycle.reminderOffsets, issuanceLeadDays: 42 };
    await updateCycle(ctx(admin), { ...edit, processingDays: 70 });
    const p65 = (await getCyclePlans(t.conn.db, "2010-05-01")).find((p) => p.targetSession === 65)!;
    expect(p65.plan.latestReplyDate).toBe("2010-05-25");
    expect(p65.plan.warnings[0]).toMatchObject({ kind: "deadline_too_late", processingDaysLeft: 64, daysShort: 6 });
    await updateCycle(ctx(admin), { ...edit, processingDays: 28 });
    expect((await getCyclePlans(t.conn.db, "2010-05-01")).find((p) => p.targetSession === 65)!.plan.warnings.map((w) => w.kind)).toEqual(["expert_group_too_late"]);
  });
});

describe("editing the expert group's composition", () => {
  it("refuses a sixteenth member while the fifteen seats are filled", async () => {
    const error = await errorOf(addMember(ctx(admin), { groupId, iso3: "NGA" }));
    expect(error.code).toBe("invalid");
    expect(english(error.message)).toBe("All 15 seats are filled: remove a member first.");
  });

  it("checks the balance after each change and records it in the audit log", async () => {
    const removed = await removeMember(ctx(admin), { groupId, iso3: "ITA" });
    expect(removed.balance.filled).toBe(14);
    expect(removed.warnings).toContain("Western European and Others Group: over-represented by 2.7 seats (5 held, 2.3 proportional)");
    const audit = await lastAudit("expert_group.remove_member");
    expect(audit).toMatchObject({ actorId: admin.id, entityType: "expert_group", entityId: String(groupId) });
    expect(audit!.details).toMatchObject({ iso3: "ITA", filled: 14, balanceWarnings: removed.warnings });

    const added = await addMember(ctx(admin), { groupId, iso3: "NGA", expertName: "A. Expert" });
    const african = added.balance.rows.find((r) => r.group === "african")!;
    expect(african.seatsHeld).toBe(2);
    expect(added.warnings.some((w) => w.startsWith("African Group: under-represented by 2.1"))).toBe(true);
    expect((await lastAudit("expert_group.add_member"))!.details).toMatchObject({ iso3: "NGA", expertName: "A. Expert", filled: 15 });
  });

  it("refuses a State already in the group, and one not yet a Member on the date", async () => {
    expect((await errorOf(addMember(ctx(admin), { groupId, iso3: "FRA" }))).code).toBe("conflict");
    await removeMember(ctx(admin), { groupId, iso3: "NGA" });
    const southSudan = await errorOf(addMember(ctx(admin), { groupId, iso3: "SSD" }));
    expect(southSudan.code).toBe("invalid");
    expect(english(southSudan.message)).toBe("South Sudan was not yet a Member of the United Nations on that date.");
    // Admitted on 14 July 2011: a Member by 2012.
    const later = await addMember(ctx(admin, newYorkTime("2012-01-10T12:00")), { groupId, iso3: "SSD" });
    expect(later.balance.membershipTotal).toBe(193);
  });

  it("keeps one Chair, and records an expert's name", async () => {
    await setChair(ctx(admin), { groupId, iso3: "BRA" });
    await setExpertName(ctx(admin), { groupId, iso3: "BRA", expertName: "Expert of Brazil" });
    const chairs = await t.conn.db.select().from(expertGroupMembers).where(and(eq(expertGroupMembers.expertGroupId, groupId), eq(expertGroupMembers.isChair, true)));
    expect(chairs).toHaveLength(1);
    const [view] = await getExpertGroupsView(t.conn.db, MAY_2010);
    expect(view!.chair).toMatchObject({ iso3: "BRA", expertName: "Expert of Brazil" });
    expect((await lastAudit("expert_group.set_expert"))!.details).toMatchObject({ from: null, to: "Expert of Brazil" });
    expect((await errorOf(setChair(ctx(admin), { groupId, iso3: "NGA" }))).code).toBe("invalid");
  });
});

describe("the delegation's calendar link", () => {
  it("is made by the State's own delegation only, shown once and stored hashed", async () => {
    expect((await errorOf(rotateCalendarToken(ctx(russia), { iso3: "FRA" }))).code).toBe("forbidden");
    expect((await errorOf(rotateCalendarToken(ctx(admin), { iso3: "FRA" }))).code).toBe("forbidden");
    const issued = await rotateCalendarToken(ctx(france), { iso3: "FRA" });
    expect(issued.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await t.conn.db.select().from(calendarTokens);
    expect(rows.map((r) => r.tokenHash)).toEqual([hashCalendarToken(issued.token)]);
    expect(JSON.stringify(rows)).not.toContain(issued.token);
    expect((await verifyCalendarToken(t.conn.db, "fra", issued.token)).iso3).toBe("FRA");
  });

  it("stops working at once when rotated; a wrong, missing or other State's token is refused", async () => {
    const fra = await stateByIso3(t.conn.db, "FRA");
    const old = (await rotateCalendarToken(ctx(france), { iso3: "FRA" })).token;
    const fresh = (await rotateCalendarToken(ctx(france), { iso3: "FRA" })).token;
    expect((await errorOf(verifyCalendarToken(t.conn.db, "FRA", old))).status).toBe(403);
    expect((await verifyCalendarToken(t.conn.db, "FRA", fresh)).iso3).toBe("FRA");
    expect((await errorOf(verifyCalendarToken(t.conn.db, "FRA", null))).status).toBe(401);
    expect((await errorOf(verifyCalendarToken(t.conn.db, "FRA", "x".repeat(43)))).status).toBe(403);
    expect((await errorOf(verifyCalendarToken(t.conn.db, "FRA", "not a token"))).status).toBe(403);
    expect((await errorOf(verifyCalendarToken(t.conn.db, "RUS", fresh))).status).toBe(403);
    const active = await t.conn.db.select().from(calendarTokens).where(eq(calendarTokens.memberStateId, fra.id));
    expect(active.filter((r) => r.revokedAt === null)).toHaveLength(1);
    expect(await getActiveToken(t.conn.db, fra.id)).not.toBeNull();
    expect((await lastAudit("calendar_token.rotate"))!.details).toMatchObject({ revoked: [expect.any(Number)] });
  });
});

describe("the demo clock", () => {
  it("is set by an administrator, read by the clock, audited, and cleared", async () => {
    await setDemoDate(ctx(admin), { date: "2009-01-01" });
    const [row] = await t.conn.db.select().from(appSettings).where(eq(appSettings.key, DEMO_TODAY_SETTING));
    expect(parseDemoToday(row!.value)).toEqual(newYorkTime("2009-01-01T12:00"));
    expect((await getClockSetting(t.conn.db)).setting).toBe("2009-01-01");
    expect((await lastAudit("clock.set"))!.details).toMatchObject({ from: null, to: "2009-01-01" });
    await setDemoDate(ctx(admin), { date: "" });
    expect((await getClockSetting(t.conn.db)).setting).toBeNull();
    expect((await lastAudit("clock.set"))!.details).toMatchObject({ from: "2009-01-01", to: null });
  });

  it("is refused in production", async () => {
    const error = await errorOf(setDemoDate(ctx(admin), { date: "2009-01-01" }, true));
    expect(error.code).toBe("forbidden");
    expect(english(error.message)).toBe("In production the clock is always the real date.");
  });
});

describe("adding the next mandate as data", () => {
  // Resolution 65/41 and its cycle for the sixty-sixth session, as an administrator would enter it.
  const input: NewResolutionInput = newResolutionInput.parse({
    symbol: "A/RES/65/41",
    title: "Developments in the field of information and telecommunications in the context of international security",
    agendaItem: 94,
    adoptedOn: "2010-12-08",
    meeting: "",
    previousSymbol: "A/RES/62/17",
    preamble: "",
    paragraphs: [
      { number: 3, verb: "Invites", text: "all Member States to continue to inform the Secretary-General of their views and assessments on the following questions:" },
      { number: 5, verb: "Decides", text: "to include in the provisional agenda of its sixty-sixth session the item." },
    ],
    items: [
      { paragraph: 3, letter: "a", shortTitle: "General appreciation", text: "General appreciation of the issues of information security;" },
      { paragraph: 3, letter: "b", shortTitle: "National efforts", text: "Efforts taken at the national level;" },
    ],
    cycle: {
      targetSession: 66,
      sessionOpening: "2011-09-13",
      noteVerbaleDate: "2011-02-15",
      deadline: "2011-05-31",
      reportSymbol: "",
      reportDueOn: "2011-07-15",
      issuanceLeadDays: 42,
      processingDays: 28,
      assumptions: "Test data.",
    },
    milestones: [{ kind: "agenda", title: "Item on the provisional agenda of the sixty-sixth session", paragraph: 5, dueOn: "2011-09-13", doneOn: "2011-09-13", documentSymbol: "", assumption: "", source: "" }],
  });

  it("creates the resolution, its session, cycle and milestones, and the timeline follows", async () => {
    const created = await addResolution(ctx(admin), input);
    expect(created.symbol).toBe("A/RES/65/41");
    const [r] = await t.conn.db.select().from(resolutions).where(eq(resolutions.symbol, "A/RES/65/41"));
    expect(r).toMatchObject({ number: "65/41", session: 65 });
    const [s66] = await t.conn.db.select().from(gaSessions).where(eq(gaSessions.number, 66));
    expect(s66!.openingDate).toBe("2011-09-13");
    const keys = (await t.conn.db.select({ key: milestones.key }).from(milestones).where(eq(milestones.resolutionId, r!.id))).map((m) => m.key).sort();
    expect(keys).toEqual(["adoption", "deadline-66", "extra-1-item-on-the-provisional-agenda-of-the-si", "note-verbale-66", "report-66", "session-66"]);

    const timeline = await getTimeline(t.conn.db, newYorkTime("2011-05-01T12:00"));
    expect(timeline.map((x) => x.resolution.symbol)).toEqual(["A/RES/62/17", "A/RES/65/41"]);
    expect(timeline[1]!.groups.map((g) => g.paragraph?.number ?? null)).toEqual([null, 3, 5]);
    const next = await getDueNext(t.conn.db, newYorkTime("2011-05-01T12:00"), { limit: 10 });
    expect(next.find((e) => e.key === "deadline-66")).toMatchObject({ resolutionSymbol: "A/RES/65/41", status: { kind: "upcoming", daysLeft: 30 } });
    expect((await getCyclePlans(t.conn.db, "2010-05-01"))[0]).toMatchObject({ targetSession: 66, plan: { latestReplyDate: "2011-07-05", warnings: [] } });
    expect((await lastAudit("resolution.create"))!.details).toMatchObject({ symbol: "A/RES/65/41", targetSession: 66, milestones: 6 });
  });

  it("refuses the same symbol twice and a session date that contradicts the record", async () => {
    expect((await errorOf(addResolution(ctx(admin), input))).code).toBe("conflict");
    const other = { ...input, symbol: "A/RES/65/999", cycle: { ...input.cycle, sessionOpening: "2011-09-20" } };
    const error = await errorOf(addResolution(ctx(admin), other));
    expect(error.code).toBe("invalid");
    expect(error.fieldErrors?.["cycle.sessionOpening"]?.map(english)).toEqual(["The 66th session is recorded as opening on 13 September 2011."]);
    expect(await t.conn.db.select().from(resolutions).where(eq(resolutions.symbol, "A/RES/65/999"))).toEqual([]);
  });

  it("validates the data before anything is written", () => {
    const result = newResolutionInput.safeParse({ ...input, items: [...input.items, { ...input.items[0]!, paragraph: 9 }], cycle: { ...input.cycle, targetSession: 65 } });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join(".")}: ${english(i.message)}`);
    expect(messages).toContain("items.2.letter: Item (a) is entered twice.");
    expect(messages).toContain("items.2.paragraph: There is no paragraph 9 above.");
    expect(messages).toContain("cycle.targetSession: The report goes to a later session than the 65th, which adopted the resolution.");
  });
});
