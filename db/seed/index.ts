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
import { NAME_CHANGES } from "./data/name-changes";
import { REPORTING_CYCLES, SERIES_DOCUMENTS, SERIES_RESOLUTIONS, type Fact } from "./data/series";
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

    const stateRows = await tx.select({ id: s.memberStates.id, iso3: s.memberStates.iso3 }).from(s.memberStates);
    const stateIdOf = (iso3: string) => stateRows.find((st) => st.iso3 === iso3)!.id;
    await tx
      .insert(s.stateNameChanges)
      .values(
        NAME_CHANGES.map((c) => ({
          memberStateId: stateIdOf(c.iso3),
          previousName: c.previousName,
          newName: c.newName,
          changedOn: c.from,
          source: c.source,
          assumption: c.assumption ? (c.note ?? "Day not verified.") : null,
          previousNames: c.previousNames,
          previousNamesAssumption: c.namesAssumption ?? null,
        })),
      )
      .onConflictDoNothing();
    // A name history seeded before it had its other languages gets them; a form already recorded is left as it is.
    for (const c of NAME_CHANGES) {
      await tx
        .update(s.stateNameChanges)
        .set({ previousNames: c.previousNames, previousNamesAssumption: c.namesAssumption ?? null })
        .where(and(eq(s.stateNameChanges.memberStateId, stateIdOf(c.iso3)), eq(s.stateNameChanges.changedOn, c.from), isNull(s.stateNameChanges.previousNames)));
    }

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

    const documentIds = await seedSeriesDocuments(tx, resolutionId);
    // Each cycle names the resolution that mandates it; set once, never overwriting a later edit.
    for (const c of REPORTING_CYCLES) {
      const row = cycleRows.find((x) => x.targetSession === c.targetSession);
      if (!row || row.mandatedById !== null) continue;
      const mandatedById = documentIds.get(`A/RES/${c.mandatedBy.value}`)!;
      await tx.update(s.reportingCycles).set({ mandatedById, invitation: c.invitation.value }).where(eq(s.reportingCycles.id, row.id));
    }
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
          // The symbol is shown only once the report is issued (documentSymbol, read by the pages when done).
          title: `Report of the Secretary-General to ${session} issued`,
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

type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];

/** Provenance of one or more facts, as stored beside a document: sources and assumptions joined. */
function provenance(facts: (Fact<unknown> | null | undefined)[]) {
  const sources = [...new Set(facts.flatMap((f) => (f?.source ? [f.source] : [])))];
  const assumptions = [...new Set(facts.flatMap((f) => (f?.assumption ? [f.assumption] : [])))];
  return { source: sources.join(" | ") || null, assumption: assumptions.join(" | ") || null };
}

/**
 * The resolutions and documents of the series (db/seed/data/series.ts). Reports that the tracker itself issues
 * (the sixty-fifth session's, and any later one) are seeded without an issue date: they count as issued once the
 * Secretariat issues them here. Returns the id of every document by symbol.
 */
async function seedSeriesDocuments(tx: Tx, primaryResolutionId: number): Promise<Map<string, number>> {
  await tx
    .insert(s.documents)
    .values(
      SERIES_RESOLUTIONS.map((r) => ({
        symbol: r.symbol,
        kind: "resolution" as const,
        session: r.session,
        number: r.number,
        issuedOn: r.adoptedOn.value,
        agendaItem: r.agendaItem?.value ?? null,
        reportsToSession: r.reportsToSession.value,
        resolutionId: r.symbol === R.symbol ? primaryResolutionId : null,
        ...provenance([r.adoptedOn, r.agendaItem, r.reportsToSession]),
      })),
    )
    .onConflictDoNothing({ target: s.documents.symbol });
  const resolutionRows = await tx.select({ id: s.documents.id, symbol: s.documents.symbol }).from(s.documents);
  const ids = new Map(resolutionRows.map((d) => [d.symbol, d.id]));

  const issuedHere = new Set(CYCLES.filter((c) => c.reportIssuedOn === null).map((c) => c.targetSession));
  // Reports first, then their addenda and corrigenda (which point to them).
  const ordered = [...SERIES_DOCUMENTS].sort((a, b) => a.symbol.value.length - b.symbol.value.length);
  for (const d of ordered) {
    const symbol = d.symbol.value;
    const parentSymbol = d.kind === "addendum" || d.kind === "corrigendum" ? symbol.replace(/\/(Add|Corr)\.\d+$/, "") : null;
    const pending = d.kind !== "expert_group_report" && (issuedHere.has(d.session) || d.session > Math.max(...CYCLES.map((c) => c.targetSession)));
    const [row] = await tx
      .insert(s.documents)
      .values({
        symbol,
        kind: d.kind,
        session: d.session,
        // Only a sourced date is shown as the document's date. An estimated one only says from when the document
        // is taken to exist (listed without a date); footnote 3 of 62/17 lists reports that existed by its adoption.
        issuedOn: pending || !d.issuedOn?.source ? null : d.issuedOn.value,
        citedOn: pending ? null : d.issuedOn && !d.issuedOn.source ? d.issuedOn.value : !d.issuedOn && d.symbol.source?.startsWith("A/RES/62/17") ? R.adoptedOn : null,
        agendaItem: d.agendaItem?.value ?? null,
        mandatedById: ids.get(`A/RES/${d.mandatedBy.value}`) ?? null,
        parentId: parentSymbol ? (ids.get(parentSymbol) ?? null) : null,
        ...provenance([d.symbol, d.mandatedBy, d.issuedOn, d.agendaItem]),
      })
      .onConflictDoNothing({ target: s.documents.symbol })
      .returning({ id: s.documents.id });
    if (row) ids.set(symbol, row.id);
  }
  return new Map((await tx.select({ id: s.documents.id, symbol: s.documents.symbol }).from(s.documents)).map((d) => [d.symbol, d.id]));
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
