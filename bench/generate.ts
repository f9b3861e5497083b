/**
 * Generated data for the benches: `npx tsx bench/generate.ts --scale 10` (into DATABASE_URL, or the
 * embedded database in PGLITE_DATA_DIR), or `generateData(connection, scale)` from the route bench.
 *
 * Scale 1 is the seeded series with every State replying on every item of the three cycles of 62/17
 * (63rd to 65th sessions), three saved revisions per item. Scale 10 and 100 add ten and twenty years
 * of earlier resolutions of the series (generated: symbols A/RES/<session>/900, each with its four
 * requested items and one closed cycle, every State replying) and more revisions per item, so the
 * rows a page could touch grow ten and a hundred times:
 *
 *   scale  cycles  submissions  revisions per item  revisions  audit events
 *     1       3       2,316            3               6,948       6,948
 *    10      13      10,036            7              70,252      70,252
 *   100      23      17,756           39             692,484     692,484
 *
 * The generated years sit before 62/17 (sessions 40 to 59) so the current cycle, the 65th session's
 * matrix and the Secretariat overview stay the same cycle at every scale: a page's rows grow only
 * through what it reads that it should not. Everything is written with INSERT ... SELECT over
 * generate_series, so 100× takes about a minute on PostgreSQL.
 */
import { sql } from "drizzle-orm";
import type { Connection, Database } from "@/db/client";

export interface ScalePlan {
  scale: number;
  extraYears: number;
  revisionsPerItem: number;
}

export function planFor(scale: number): ScalePlan {
  if (scale === 1) return { scale, extraYears: 0, revisionsPerItem: 3 };
  if (scale === 10) return { scale, extraYears: 10, revisionsPerItem: 7 };
  if (scale === 100) return { scale, extraYears: 20, revisionsPerItem: 39 };
  throw new Error(`scale must be 1, 10 or 100, not ${scale}`);
}

const PARAGRAPH =
  "The Government considers that information and communications technologies offer immense opportunities for development " +
  "and that their misuse for purposes inconsistent with international peace and security calls for cooperation among States. " +
  "National measures include a cybersecurity strategy, a computer emergency response team and legislation on critical infrastructure. ";

async function run(db: Database, query: string): Promise<number> {
  const result = (await db.execute(sql.raw(query))) as unknown as { count?: number; affectedRows?: number; length?: number };
  return Number(result.count ?? result.affectedRows ?? 0);
}

/** postgres-js answers an array of rows, PGlite an object with `rows`. */
async function countRows(db: Database, table: string): Promise<number> {
  const result = (await db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as Array<{ n: number }> | { rows: Array<{ n: number }> };
  return (Array.isArray(result) ? result[0]?.n : result.rows[0]?.n) ?? 0;
}

export interface GenerateReport {
  plan: ScalePlan;
  seconds: number;
  rows: Record<string, number>;
}

/** Fills a migrated and seeded database; refuses a database that already has submissions. */
export async function generateData(conn: Connection, scale: number): Promise<GenerateReport> {
  const plan = planFor(scale);
  const db = conn.db;
  const started = performance.now();
  const existingCount = await countRows(db, "submissions");
  if (existingCount > 0) throw new Error(`the database already has ${existingCount} submissions: generate into a fresh one`);

  await db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    // One delegation officer per State (never able to sign in: the hash is not an argon2 hash).
    await run(t, `
      insert into users (email, name, password_hash, role, member_state_id, is_demo)
      select 'generated-' || lower(iso3) || '@bench.test', 'Officer, Permanent Mission of ' || name, '!', 'delegation', id, true
      from member_states on conflict (email) do nothing`);

    if (plan.extraYears > 0) {
      const first = 60 - plan.extraYears;
      await run(t, `
        insert into ga_sessions (number, opening_date)
        select s, make_date(1945 + s, 9, 15) from generate_series(${first}, 60) s on conflict do nothing`);
      await run(t, `
        insert into resolutions (symbol, number, title, session, agenda_item, adopted_on, preamble)
        select 'A/RES/' || s || '/900', s || '/900', r.title, s, r.agenda_item, make_date(1945 + s, 12, 5), r.preamble
        from generate_series(${first}, 59) s, (select * from resolutions where symbol = 'A/RES/62/17') r
        on conflict (symbol) do nothing`);
      await run(t, `
        insert into paragraphs (resolution_id, number, verb, text)
        select g.id, p.number, p.verb, p.text from resolutions g
        join paragraphs p on p.resolution_id = (select id from resolutions where symbol = 'A/RES/62/17') and p.number = 3
        where g.symbol like 'A/RES/%/900'`);
      await run(t, `
        insert into requested_items (resolution_id, paragraph_id, letter, text, short_title)
        select g.id, gp.id, i.letter, i.text, i.short_title from resolutions g
        join paragraphs gp on gp.resolution_id = g.id and gp.number = 3
        join requested_items i on i.resolution_id = (select id from resolutions where symbol = 'A/RES/62/17')
        where g.symbol like 'A/RES/%/900'`);
      await run(t, `
        insert into reporting_cycles (resolution_id, target_session, note_verbale_date, deadline, report_symbol, report_issued_on, closed_at)
        select g.id, g.session + 1, make_date(1946 + g.session, 2, 15), make_timestamptz(1946 + g.session, 5, 31, 23, 59, 0, 'America/New_York'),
               'A/' || (g.session + 1) || '/900', make_date(1946 + g.session, 7, 15), make_timestamptz(1946 + g.session, 7, 15, 23, 59, 0, 'America/New_York')
        from resolutions g where g.symbol like 'A/RES/%/900'`);
    }

    // Every State replies on every item of every cycle.
    await run(t, `
      insert into submissions (member_state_id, cycle_id, item_id, status, version, body, language, is_late, reviewer_id,
                               first_submitted_at, submitted_at, last_saved_at, last_saved_by_id, published_at)
      select m.id, c.id, i.id, st.status, ${plan.revisionsPerItem}, '', 'en', (m.id + i.id) % 11 = 0,
             case when st.status in ('under_review', 'accepted', 'published', 'returned') then rv.id end,
             case when st.status <> 'draft' then c.deadline - interval '10 days' end,
             case when st.status <> 'draft' then c.deadline - interval '5 days' end,
             c.deadline - interval '5 days', u.id,
             case when st.status = 'published' then c.deadline + interval '40 days' end
      from reporting_cycles c
      join requested_items i on i.resolution_id = c.resolution_id
      cross join member_states m
      join users u on u.email = 'generated-' || lower(m.iso3) || '@bench.test'
      cross join lateral (select (case when c.closed_at is not null
                                   then (array['published','published','published','accepted','withdrawn'])[1 + (m.id + i.id + c.id) % 5]
                                   else (array['draft','submitted','under_review','returned','accepted','draft','submitted'])[1 + (m.id * 3 + i.id + c.id) % 7]
                                 end)::submission_status as status) st
      left join lateral (select id from users where role = 'reviewer' order by email offset (m.id % 2) limit 1) rv on true`);

    // Revisions 1..N of each item: drafts, then the submitted text.
    await run(t, `
      insert into revisions (submission_id, version, kind, body, language, is_nil_reply, author_id, created_at)
      select s.id, v, (case when v = ${plan.revisionsPerItem} and s.status <> 'draft' then 'submission' else 'draft' end)::revision_kind,
             case when v = ${plan.revisionsPerItem} then repeat('${PARAGRAPH}', 1 + s.id % 3) else left('${PARAGRAPH}', 80 + 10 * v) end || ' (' || s.id || '.' || v || ')',
             'en', false, s.last_saved_by_id,
             s.last_saved_at - make_interval(hours => ${plan.revisionsPerItem} - v)
      from submissions s cross join generate_series(1, ${plan.revisionsPerItem}) v`);
    await run(t, `
      update submissions s set body = r.body, submitted_revision_id = case when r.kind = 'submission' then r.id end
      from revisions r where r.submission_id = s.id and r.version = s.version`);

    // The history of each item in the audit log, and a comment to the delegation on one item in five, the day after
    // its last save (as the cycle's other dates, not the machine's today).
    await run(t, `
      insert into audit_events (actor_id, action, entity_type, entity_id, submission_id, member_state_id, cycle_id, from_status, to_status, details, created_at)
      select r.author_id, case when r.version = 1 then 'submission.start_draft' when r.kind = 'submission' then 'submission.submit' else 'submission.amend' end,
             'submission', s.id::text, s.id, s.member_state_id, s.cycle_id,
             case when r.version = 1 then 'not_started' else 'draft' end::submission_status,
             case when r.kind = 'submission' then 'submitted' else 'draft' end::submission_status,
             jsonb_build_object('version', r.version), r.created_at
      from revisions r join submissions s on s.id = r.submission_id`);
    await run(t, `
      insert into review_comments (submission_id, author_id, body, visibility, created_at)
      select s.id, s.reviewer_id, 'Please confirm the date of the national strategy cited in the second paragraph.', 'delegation', s.last_saved_at + interval '1 day'
      from submissions s where s.reviewer_id is not null and s.id % 5 = 0`);
  });
  await db.execute(sql`analyze`);

  const rows: Record<string, number> = {};
  for (const table of ["reporting_cycles", "submissions", "revisions", "audit_events", "review_comments"]) rows[table] = await countRows(db, table);
  return { plan, seconds: (performance.now() - started) / 1000, rows };
}

/** Migrates and seeds the database the environment names (as the server would), then generates. */
export async function prepareDatabase(conn: Connection, scale: number): Promise<GenerateReport> {
  const { migrate } = await import("@/db/migrate");
  const { isSeeded, seedDemoAccounts, seedReferenceData } = await import("@/db/seed");
  await migrate(conn);
  if (!(await isSeeded(conn.db))) await seedReferenceData(conn.db);
  await seedDemoAccounts(conn.db);
  return generateData(conn, scale);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf("--scale");
  const scale = Number(i > 0 ? process.argv[i + 1] : 1);
  const { connectFromEnv } = await import("@/db/client");
  const conn = connectFromEnv();
  try {
    const report = await prepareDatabase(conn, scale);
    console.log(`Generated scale ${scale} in ${report.seconds.toFixed(1)} s: ${JSON.stringify(report.rows)}`);
  } finally {
    await conn.close();
  }
}
