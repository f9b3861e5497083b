import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberStates, requestedItems, submissions } from "@/db/schema";
import type { ServiceContext } from "@/lib/context";
import type { Actor } from "@/lib/permissions";
import { searchPublished } from "@/lib/published/queries";
import { compileReport } from "@/lib/report/compile";
import { loadNextDocument } from "@/lib/report/queries";
import { issueReport } from "@/lib/report/service";
import { reviewTransition } from "@/lib/review/service";
import { submitReply } from "@/lib/submissions/service";
import { newYorkTime } from "@/lib/time";
import type { Language } from "@/lib/validation/submission";
import { cycleFor, makeUser } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

/**
 * The public search finds a published reply by a word of it in Arabic (PostgreSQL's arabic configuration
 * stems it) and in Chinese (no word breaks: a substring of the reply), on PGlite as on PostgreSQL.
 */
let t: TestDatabase;
let reviewer: Actor;
const MAY_20 = newYorkTime("2010-05-20T10:00");
const JULY_20 = newYorkTime("2010-07-20T11:00");
const ctx = (actor: Actor, now = MAY_20): ServiceContext => ({ db: t.conn.db, actor, now });

const ARABIC = "تدعم مصر التعاون الدولي في مجال أمن المعلومات وتقترح وضع قواعد للسلوك المسؤول للدول.";
const CHINESE = "中国支持在联合国框架下制定网络空间国际规则，反对网络空间军备竞赛。";

async function version(iso3: string, letter: string): Promise<number> {
  const cycle = await cycleFor(t.conn.db, 65);
  const [row] = await t.conn.db
    .select({ version: submissions.version })
    .from(submissions)
    .innerJoin(memberStates, eq(memberStates.id, submissions.memberStateId))
    .innerJoin(requestedItems, eq(requestedItems.id, submissions.itemId))
    .where(and(eq(memberStates.iso3, iso3), eq(requestedItems.letter, letter), eq(submissions.cycleId, cycle.id)));
  return row?.version ?? 0;
}

async function publish(iso3: string, letter: string, body: string, language: Language) {
  const officer = await makeUser(t.conn.db, { role: "delegation", iso3 });
  const ref = { iso3, session: 65, letter };
  await submitReply(ctx(officer), { ...ref, body, language, isNilReply: false, publication: "public", expectedVersion: await version(iso3, letter) });
  await reviewTransition(ctx(reviewer), { ...ref, action: "accept" });
}

beforeAll(async () => {
  t = await openTestDatabase();
  reviewer = await makeUser(t.conn.db, { role: "reviewer" });
  await publish("EGY", "a", ARABIC, "ar");
  await publish("CHN", "a", CHINESE, "zh");
  await publish("GBR", "a", "The United Kingdom supports norms of responsible State behaviour.", "en");
  // Published: issued in the Secretary-General's report.
  const draft = compileReport((await loadNextDocument(t.conn.db, 65)).source, "full");
  await issueReport(ctx(reviewer, JULY_20), { session: 65, fingerprint: draft.fingerprint });
});
afterAll(async () => t?.close());

describe("search over published replies in Arabic and Chinese", () => {
  it("finds the Arabic reply by words of it, and marks the word in the excerpt", async () => {
    const exact = await searchPublished(t.conn.db, { q: "التعاون" });
    expect(exact.hits.map((h) => h.iso3)).toEqual(["EGY"]);
    expect(exact.hits[0]).toMatchObject({ letter: "a", session: 65, language: "ar" });
    expect(exact.hits[0]!.headline).toContain("\u0002التعاون\u0003");
    expect((await searchPublished(t.conn.db, { q: "مصر" })).hits.map((h) => h.iso3)).toEqual(["EGY"]);
    expect((await searchPublished(t.conn.db, { q: "المعلومات" })).hits.map((h) => h.iso3)).toEqual(["EGY"]);
  });

  it("finds the Chinese reply by a word inside its text, marks it, and nothing else", async () => {
    const found = await searchPublished(t.conn.db, { q: "网络空间" });
    expect(found.hits.map((h) => h.iso3)).toEqual(["CHN"]);
    expect(found.hits[0]).toMatchObject({ letter: "a", session: 65, language: "zh" });
    expect(found.hits[0]!.headline).toContain("\u0002网络空间\u0003");
    expect((await searchPublished(t.conn.db, { q: "联合国" })).hits.map((h) => h.iso3)).toEqual(["CHN"]);
  });

  it("does not find a word that is in no reply, in either script", async () => {
    expect((await searchPublished(t.conn.db, { q: "الفضاء" })).total).toBe(0);
    expect((await searchPublished(t.conn.db, { q: "人工智能" })).total).toBe(0);
    // And an English word finds the English reply only.
    expect((await searchPublished(t.conn.db, { q: "norms" })).hits.map((h) => h.iso3)).toEqual(["GBR"]);
  });
});
