import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outbox, users } from "@/db/schema";
import { loadCatalog } from "@/i18n/catalog";
import { queueDueReminders } from "@/lib/reminders/job";
import { upcomingReminders } from "@/lib/reminders/upcoming";
import { newYorkTime } from "@/lib/time";
import { makeUser } from "./factories";
import { openTestDatabase, type TestDatabase } from "./harness";

/**
 * Reminders in each recipient's language: the job and the outbox's preview write the message in the language the
 * person saved (users.locale), the State named in that language too.
 */
let t: TestDatabase;
const ARABIC = /[\u0600-\u06FF]/u;

beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t?.close());

async function withLocale(iso3: string, locale: string) {
  const user = await makeUser(t.conn.db, { role: "delegation", iso3 });
  await t.conn.db.update(users).set({ locale }).where(eq(users.id, user.id));
  return user;
}

describe("reminders in the recipient's language", () => {
  it("the job writes one officer's reminder in French and another's in Arabic", async () => {
    const french = await withLocale("SEN", "fr");
    const arabic = await withLocale("EGY", "ar");
    // The French catalog's own words, so the test follows the catalog.
    const fr = loadCatalog("fr") as { mail: Record<string, string> };
    const frenchWord = fr.mail.intro!.match(/compliments/)?.[0];
    expect(frenchWord).toBe("compliments");

    // Three days before the deadline of the sixty-fifth session (31 May 2010).
    const run = await queueDueReminders(t.conn.db, newYorkTime("2010-05-29T12:00"), "https://tracker.example");
    expect(run.queued).toBeGreaterThanOrEqual(2);
    const rows = await t.conn.db.select().from(outbox).where(inArray(outbox.recipientId, [french.id, arabic.id]));
    const toFrench = rows.find((r) => r.recipientId === french.id)!;
    const toArabic = rows.find((r) => r.recipientId === arabic.id)!;

    expect(toFrench.subject).toContain("Sénégal");
    expect(toFrench.subject).toContain("soixante-cinquième session");
    expect(toFrench.body).toContain(frenchWord);
    expect(toFrench.body).toContain("Assemblée générale");
    expect(toFrench.body).toContain("mai 2010");
    expect(toFrench.body).not.toMatch(/\bGeneral Assembly\b|\bSenegal\b|\bMay 2010\b/);
    expect(toFrench.body).toContain("https://tracker.example/states/SEN");

    expect(toArabic.subject).toMatch(ARABIC);
    expect(toArabic.subject).toContain("مصر");
    expect(toArabic.body).toMatch(ARABIC);
    expect(toArabic.body).toContain("الجمعية العامة");
    expect(toArabic.body).not.toMatch(/\bGeneral Assembly\b|\bEgypt\b|\bMay 2010\b/);
  });

  it("the outbox's preview is written in the language of the person it shows", async () => {
    const upcoming = await upcomingReminders(t.conn.db, newYorkTime("2010-05-10T12:00"), "https://tracker.example", 20);
    const previews = upcoming.map((u) => u.preview).filter((p) => p !== null);
    expect(previews.length).toBeGreaterThan(0);
    // Egypt comes first among the States with officers here: its officer reads Arabic.
    const arabicUser = (await t.conn.db.select().from(users).where(eq(users.locale, "ar")))[0]!;
    for (const p of previews) {
      expect(p.to).toBe(arabicUser.email);
      expect(p.subject).toMatch(ARABIC);
      expect(p.body).toContain("مصر");
      expect(p.body).not.toMatch(/\bGeneral Assembly\b/);
    }
  });
});
