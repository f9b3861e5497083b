import { and, count, eq, inArray, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import * as s from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { ordinalWords } from "@/lib/ordinal";
import { endOfNewYorkDay, newYorkTime } from "@/lib/time";
import { encryptSecret } from "@/lib/auth/totp";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from "./demo-accounts";
import { EXPERT_GROUP_2009 } from "./expert-group";
import { MEMBER_STATES } from "./member-states";
import { RESOLUTION_62_17 as R } from "./resolution-62-17";
import { CYCLES, FIXED_MILESTONES, GA_SESSIONS, type MilestoneSeed } from "./timeline";

/**
 * The real data of resolution 62/17, seeded idempotently: running it again changes nothing, and it
 * never overwrites what the Secretariat has since edited (cycles, deadlines, composition).
 */
export async function seedReferenceData(db: Database): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(s.gaSessions).values(GA_SESSIONS.map(({ number, openingDate }) => ({ number, openingDate }))).onConflictDoNothing();

    await tx
      .insert(s.memberStates)
      .values(
        MEMBER_STATES.map((m) => ({
          iso3: m.iso3,
          name: m.name,
          regionalGroup: m.regionalGroup,
          electoralGroup: m.electoralGroup,
          alsoListedIn: m.alsoListedIn ?? null,
          groupNote: m.groupNote ?? null,
          admittedOn: m.admitted,
        })),
      )
      .onConflictDoNothing({ target: s.memberStates.iso3 });

    await tx
      .insert(s.resolutions)
      .values({
        symbol: R.symbol,
        number: R.number,
        title: R.title,
        session: R.session,
        agendaItem: R.agendaItem,
        adoptedOn: R.adoptedOn,
        meeting: R.meeting,
        committeeReport: R.committeeReport,
        distributedOn: R.distributedOn,
        preamble: R.preamble.join("\n\n"),
        footnotes: R.footnotes.join("\n"),
      })
      .onConflictDoNothing({ target: s.resolutions.symbol });
    const [resolution] = await tx.select({ id: s.resolutions.id }).from(s.resolutions).where(eq(s.resolutions.symbol, R.symbol));
    const resolutionId = resolution!.id;

    await tx
      .insert(s.paragraphs)
      .values(R.paragraphs.map((p) => ({ resolutionId, number: p.number, verb: p.verb, text: p.text })))
      .onConflictDoNothing();
    const paragraphRows = await tx.select().from(s.paragraphs).where(eq(s.paragraphs.resolutionId, resolutionId));
    const paragraphId = (n: number | null) => (n === null ? null : paragraphRows.find((p) => p.number === n)!.id);

    await tx
      .insert(s.requestedItems)
      .values(R.items.map((i) => ({ resolutionId, paragraphId: paragraphId(3)!, letter: i.letter, text: i.text, shortTitle: i.shortTitle })))
      .onConflictDoNothing();

    await tx
      .insert(s.reportingCycles)
      .values(
        CYCLES.map((c) => ({
          resolutionId,
          targetSession: c.targetSession,
          noteVerbaleDate: c.noteVerbaleDate,
          deadline: newYorkTime(c.deadline),
          reportSymbol: c.reportSymbol,
          reportAgendaItem: c.reportAgendaItem,
          reportIssuedOn: c.reportIssuedOn,
          closedAt: c.reportIssuedOn ? endOfNewYorkDay(c.reportIssuedOn) : null,
          assumptions: c.assumptions,
        })),
      )
      .onConflictDoNothing();
    const cycleRows = await tx.select().from(s.reportingCycles).where(eq(s.reportingCycles.resolutionId, resolutionId));
    const cycleId = (session: number) => cycleRows.find((c) => c.targetSession === session)!.id;

    const G = EXPERT_GROUP_2009;
    let [group] = await tx
      .select({ id: s.expertGroups.id })
      .from(s.expertGroups)
      .where(and(eq(s.expertGroups.resolutionId, resolutionId), eq(s.expertGroups.establishedYear, G.establishedYear)));
    if (!group) {
      [group] = await tx
        .insert(s.expertGroups)
        .values({
          resolutionId,
          name: G.name,
          establishedYear: G.establishedYear,
          reportDueSession: G.reportDueSession,
          seats: G.members.length,
          reportSymbol: G.reportSymbol,
          reportDate: G.reportDate,
          reportAgendaItem: G.reportAgendaItem,
          sources: G.sources.join("\n"),
        })
        .returning({ id: s.expertGroups.id });
      const states = await tx.select({ id: s.memberStates.id, iso3: s.memberStates.iso3 }).from(s.memberStates);
      const stateId = (iso3: string) => states.find((st) => st.iso3 === iso3)!.id;
      await tx.insert(s.expertGroupMembers).values(
        G.members.map((m) => ({
          expertGroupId: group!.id,
          memberStateId: stateId(m.iso3),
          expertName: m.expertName,
          isChair: m.iso3 === G.chairIso3,
          assumption: m.assumption ?? null,
        })),
      );
      await tx.insert(s.expertGroupSessions).values(G.sessions.map((x) => ({ expertGroupId: group!.id, ...x, assumption: x.assumption ?? null })));
    }
    const expertGroupId = group!.id;

    const milestones: MilestoneSeed[] = [...FIXED_MILESTONES];
    for (const c of CYCLES) {
      const session = `the ${ordinalWords(c.targetSession)} session`;
      milestones.push(
        {
          key: `note-verbale-${c.targetSession}`,
          kind: "note_verbale",
          title: `Note verbale inviting Member States' views for ${session}`,
          paragraph: 3,
          dueAt: c.noteVerbaleDate,
          doneOn: c.noteVerbaleDate,
          cycleSession: c.targetSession,
          assumption: c.targetSession === 65 ? undefined : "Date assumed (see the cycle's notes).",
        },
        {
          key: `deadline-${c.targetSession}`,
          kind: "reply_deadline",
          title: `Deadline for replies for ${session}`,
          paragraph: 3,
          dueAt: c.deadline,
          doneOn: c.deadline.slice(0, 10),
          cycleSession: c.targetSession,
          assumption: "Deadline assumed (see the cycle's notes).",
        },
        {
          key: `report-${c.targetSession}`,
          kind: "report_issued",
          title: `Report of the Secretary-General ${c.reportSymbol} issued for ${session}`,
          paragraph: 3,
          dueAt: c.historicalReportDate,
          doneOn: c.reportIssuedOn,
          cycleSession: c.targetSession,
          documentSymbol: c.reportSymbol,
          assumption: c.targetSession === 65 ? undefined : "Issue date assumed (see the cycle's notes).",
        },
      );
    }
    const firstSession = G.sessions[0]!;
    milestones.push({
      key: "expert-group-established",
      kind: "expert_group_established",
      title: "Group of governmental experts established on equitable geographical distribution",
      paragraph: 4,
      dueAt: firstSession.startDate,
      doneOn: firstSession.startDate,
      assumption: "The resolution says 'in 2009'; the group is taken as established when it first met.",
    });
    for (const x of G.sessions) {
      milestones.push({
        key: `expert-group-session-${x.number}`,
        kind: "expert_group_session",
        title: `Expert group, ${ordinalWords(x.number)} session (${x.venue})`,
        paragraph: 4,
        dueAt: x.startDate,
        doneOn: x.endDate,
        expertGroupSession: x.number,
        assumption: x.assumption,
      });
    }
    milestones.push({
      key: "expert-group-report",
      kind: "expert_group_report",
      title: `Report on the group's study transmitted to the sixty-fifth session (${G.reportSymbol})`,
      paragraph: 4,
      dueAt: G.reportDate,
      doneOn: G.reportDate,
      documentSymbol: G.reportSymbol,
      source: G.reportSymbol,
    });

    await tx
      .insert(s.milestones)
      .values(
        milestones.map((m) => ({
          resolutionId,
          key: m.key,
          kind: m.kind,
          title: m.title,
          paragraphId: paragraphId(m.paragraph),
          cycleId: m.cycleSession ? cycleId(m.cycleSession) : null,
          expertGroupId: m.kind.startsWith("expert_group") ? expertGroupId : null,
          dueAt: m.dueAt.length > 10 ? newYorkTime(m.dueAt) : newYorkTime(`${m.dueAt}T12:00`),
          doneOn: m.doneOn,
          documentSymbol: m.documentSymbol ?? null,
          assumption: m.assumption ?? null,
          source: m.source ?? null,
        })),
      )
      .onConflictDoNothing();
  });
}

export interface DemoLogin {
  email: string;
  password: string;
  /** The TOTP secret of a demo account that has a second factor. */
  totpSecret: string | null;
  role: string;
  state: string | null;
}

/** Creates the demo accounts that are missing; never call it in production. */
export async function seedDemoAccounts(db: Database): Promise<DemoLogin[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const states = await db.select({ id: s.memberStates.id, iso3: s.memberStates.iso3, name: s.memberStates.name }).from(s.memberStates);
  const byIso = new Map(states.map((st) => [st.iso3, st]));
  await db
    .insert(s.users)
    .values(
      DEMO_ACCOUNTS.map((a) => ({
        email: a.email,
        name: a.name,
        role: a.role,
        memberStateId: a.iso3 ? byIso.get(a.iso3)!.id : null,
        passwordHash,
        isDemo: true,
      })),
    )
    .onConflictDoNothing({ target: s.users.email });
  // The Secretariat's demo accounts have their second factor (a known secret), as every Secretariat account must.
  await db
    .update(s.users)
    .set({ totpSecret: encryptSecret(DEMO_TOTP_SECRET), totpEnabledAt: new Date() })
    .where(and(eq(s.users.isDemo, true), inArray(s.users.role, ["reviewer", "admin"]), isNull(s.users.totpEnabledAt)));
  return DEMO_ACCOUNTS.map((a) => ({
    email: a.email,
    password: DEMO_PASSWORD,
    totpSecret: a.role === "delegation" ? null : DEMO_TOTP_SECRET,
    role: a.role,
    state: a.iso3 ? byIso.get(a.iso3)!.name : null,
  }));
}

export async function isSeeded(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(s.resolutions).where(eq(s.resolutions.symbol, R.symbol));
  return (row?.n ?? 0) > 0;
}
