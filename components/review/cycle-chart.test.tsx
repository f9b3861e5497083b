import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { REGIONAL_GROUPS, type RegionalGroupName } from "@/lib/groups";
import type { DayCount } from "@/lib/review/dashboard";
import { CycleChart } from "./cycle-chart";

const count = (day: number, date: string, byGroup: Partial<Record<RegionalGroupName, number>>): DayCount => {
  const full = Object.fromEntries(REGIONAL_GROUPS.map((g) => [g, byGroup[g] ?? 0])) as Record<RegionalGroupName, number>;
  return { day, date, byGroup: full, total: Object.values(full).reduce((a, b) => a + b, 0) };
};

const labels = {
  lastYear: "64e session (l’an dernier)",
  today: "Aujourd’hui",
  deadline: "Échéance",
  deadlineKey: "Échéance (31 mai 2010)",
  axis: "Date dans ce cycle",
  key: "Légende",
  stackNote: "Note",
  groups: { african: "Afrique", asia_pacific: "Asie-Pacifique", eastern_european: "Europe orientale", latin_american_caribbean: "Amérique latine et Caraïbes", western_european_others: "Europe occidentale et autres" },
};

function render(today: number) {
  return renderToStaticMarkup(
    <CycleChart
      days={[count(-40, "2010-04-21", { african: 2, asia_pacific: 1 }), count(-31, "2010-04-30", { western_european_others: 3 })]}
      lastYear={[count(-20, "2009-05-11", { african: 4 })]}
      deadline="2010-05-31"
      today={today}
      locale="fr"
      label="Graphique"
      labels={labels}
    />,
  );
}

describe("the cycle chart", () => {
  it("stacks one patterned band per regional group, with a key naming each beside its pattern", () => {
    const html = render(-30);
    for (const g of REGIONAL_GROUPS) {
      expect(html).toContain(`<pattern id="cycle-chart-${g}"`);
      expect(html).toMatch(new RegExp(`<path d="M[^"]+" fill="url\\(#cycle-chart-${g}\\)"[^>]*data-group="${g}"`));
      expect(html).toContain(`fill="url(#cycle-chart-${g})" stroke=`);
      expect(html).toContain(labels.groups[g]);
    }
    // Five patterns that differ by more than their colour: solid, stripes, dots, cross-hatching, lines.
    expect(new Set([...html.matchAll(/<pattern id="[^"]+"[^>]*>(.*?)<\/pattern>/g)].map((m) => m[1]!.replace(/#[0-9a-f]{6}/g, "")))).toHaveProperty("size", 5);
    expect(html).toContain('stroke-dasharray="6 4"');
  });

  it("names the days on the x axis in the reader's language, with the days from the deadline", () => {
    const html = render(-30);
    // 40 days before the deadline to 10 after: a tick every week, the deadline's among them.
    expect(html).toContain(">31 mai<");
    expect(html).toContain(">24 mai<");
    expect(html).toContain(">7 juin<");
    expect(html).toContain(">-7<");
    expect(html).toContain(">+7<");
    expect(html).toContain("Aujourd’hui");
  });

  it("draws this cycle only up to today", () => {
    const bandEnd = (html: string) => Math.max(...[...html.matchAll(/<path d="([^"]+)" fill="url\(#cycle-chart-african\)"/g)].flatMap((m) => [...m[1]!.matchAll(/L([\d.]+),/g)].map((p) => Number(p[1]))));
    expect(bandEnd(render(-30))).toBeLessThan(bandEnd(render(10)));
    expect(render(-60)).toMatch(/<path d="" fill="url\(#cycle-chart-african\)"/);
    // Today on the first day drawn is marked too.
    expect(render(-40)).toContain("Aujourd’hui");
  });
});
