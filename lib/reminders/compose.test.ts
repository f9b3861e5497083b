import { describe, expect, it } from "vitest";
import { endOfNewYorkDay } from "@/lib/time";
import { composeReminder, type ReminderInput } from "./compose";

const input: ReminderInput = {
  stateName: "France",
  iso3: "FRA",
  recipientName: "Claire Dupont",
  session: 65,
  mandate: { number: "64/25", paragraph: 3 },
  deadline: endOfNewYorkDay("2010-05-31"),
  offsetDays: 3,
  openItems: [{ letter: "a", text: "General appreciation of the issues of information security", status: "not_started" }],
  link: "https://tracker.example/states/FRA",
};

describe("a reminder in the recipient's language", () => {
  it("is English when the recipient has no preference, as the Secretariat has always written it", () => {
    const { subject, body } = composeReminder(input);
    expect(subject).toBe("Resolution 64/25: views of France for the sixty-fifth session (3 days left)");
    expect(body).toContain("Dear Claire Dupont,");
    expect(body).toContain("in paragraph 3 of resolution 64/25");
    expect(body).toContain("  (a) General appreciation of the issues of information security [Not started]");
    expect(body).toContain("Replies are requested by 31 May 2010, 23:59 (New York).");
    expect(body).toContain("Reply here: https://tracker.example/states/FRA");
  });

  it("is French for a French-speaking officer: note verbale style, State and session named in French", () => {
    const { subject, body } = composeReminder(input, "fr");
    expect(subject).toBe("Résolution 64/25 : France, vues pour la soixante-cinquième session (3 jours restants)");
    expect(body).toContain("Le Bureau des affaires de désarmement présente ses compliments");
    expect(body).toContain("l’Assemblée générale a invité tous les États Membres");
    expect(body).toContain("[Non commencé");
    expect(body).toContain("31 mai 2010");
    // The question is quoted from the resolution as it stands (English data); nothing else is English.
    expect(body.replace(input.openItems[0]!.text, "")).not.toMatch(/\b(the|Dear|Reply here|deadline)\b/);
  });

  it("declines the session in Russian and Arabic, and counts days with each language's plural", () => {
    expect(composeReminder({ ...input, offsetDays: 1 }, "ru").subject).toBe("Резолюция 64/25: Франция, мнения к шестьдесят пятой сессии (остался 1 день)");
    expect(composeReminder({ ...input, offsetDays: 5 }, "ru").subject).toContain("(осталось 5 дней)");
    const ar = composeReminder({ ...input, offsetDays: 2 }, "ar");
    expect(ar.subject).toBe("القرار 64/25: فرنسا، الآراء المقدمة إلى الدورة الخامسة والستين (بقي يومان)");
    expect(ar.body).toContain("مكتب شؤون نزع السلاح");
  });

  it("says when the deadline has passed, in Spanish and Chinese", () => {
    const es = composeReminder({ ...input, offsetDays: -1 }, "es");
    expect(es.subject).toBe("Resolución 64/25: Francia, opiniones para el sexagésimo quinto período de sesiones (plazo vencido)");
    expect(es.body).toContain("figurarán en una adición");
    const zh = composeReminder({ ...input, offsetDays: 0 }, "zh");
    expect(zh.subject).toBe("第64/25号决议：法国对第六十五届会议的意见（今天截止）");
    expect(zh.body).toContain("裁军事务厅谨致意");
  });
});
