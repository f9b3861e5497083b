import { REGIONAL_GROUPS, type RegionalGroupName } from "@/lib/groups";
import { formatDayMonth, formatSigned } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/locales";
import type { DayCount } from "@/lib/review/dashboard";
import { addDays } from "@/lib/time";
import styles from "./cycle-chart.module.css";

/**
 * Each regional group's colour and pattern: the bands differ by their pattern too (solid, stripes, dots,
 * cross-hatching, horizontal lines), so the chart reads without colour.
 */
const LOOK: Record<RegionalGroupName, { colour: string; tint: string; pattern: "solid" | "diagonal" | "dots" | "cross" | "horizontal" }> = {
  african: { colour: "#0b4f8a", tint: "#0b4f8a", pattern: "solid" },
  asia_pacific: { colour: "#a34700", tint: "#fbe3cf", pattern: "diagonal" },
  eastern_european: { colour: "#1d6b34", tint: "#dcefe1", pattern: "dots" },
  latin_american_caribbean: { colour: "#6a3d9a", tint: "#ebe2f4", pattern: "cross" },
  western_european_others: { colour: "#6b4a1f", tint: "#f1e8dc", pattern: "horizontal" },
};

const patternId = (g: RegionalGroupName) => `cycle-chart-${g}`;

function PatternDefs() {
  return (
    <defs>
      {REGIONAL_GROUPS.map((g) => {
        const { colour, tint, pattern } = LOOK[g];
        return (
          <pattern key={g} id={patternId(g)} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill={tint} />
            {pattern === "diagonal" && <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={colour} strokeWidth="2" />}
            {pattern === "dots" && <circle cx="4" cy="4" r="1.8" fill={colour} />}
            {pattern === "cross" && <path d="M0,0 L8,8 M8,0 L0,8" stroke={colour} strokeWidth="1.2" />}
            {pattern === "horizontal" && <path d="M0,2 H8 M0,6 H8" stroke={colour} strokeWidth="1.5" />}
          </pattern>
        );
      })}
    </defs>
  );
}

/** One small square of a group's pattern, for the key (the patterns are defined once, in the chart). */
function GroupSwatch({ group }: { group: RegionalGroupName }) {
  return (
    <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" className={styles.swatch}>
      <rect x="0.5" y="0.5" width="27" height="15" fill={`url(#${patternId(group)})`} stroke={LOOK[group].colour} />
    </svg>
  );
}

/** Tick spacing in days: the smallest that keeps about eight labels on the axis. */
function tickStep(span: number): number {
  return [1, 2, 5, 7, 10, 14, 15, 30, 60, 90].find((s) => span / s <= 8) ?? 180;
}

/**
 * Replies received so far, by days from the deadline: this cycle's stacked by regional group (one band
 * each, in the order of REGIONAL_GROUPS from the bottom), the previous cycle's total as a dashed line.
 * The x axis names this cycle's dates in the reader's language, with the days from the deadline under
 * them. Server-rendered SVG; the key is HTML beside it, and the numbers are in the page's table.
 */
export function CycleChart({
  days,
  lastYear,
  deadline,
  today,
  locale,
  label,
  labels,
}: {
  days: DayCount[];
  lastYear: DayCount[];
  /** The cycle's deadline, New York day "YYYY-MM-DD". */
  deadline: string;
  /** Today, in days from the deadline: this cycle's bands stop there (nothing is known of later days). */
  today: number;
  locale: Locale;
  label: string;
  labels: { lastYear: string; today: string; deadline: string; deadlineKey: string; axis: string; key: string; stackNote: string; groups: Record<RegionalGroupName, string> };
}) {
  const W = 720;
  const H = 320;
  const pad = { l: 44, r: 16, t: 24, b: 64 };
  const all = [...days, ...lastYear];
  const minDay = Math.min(-30, ...all.map((d) => d.day));
  const maxDay = Math.max(10, ...all.map((d) => d.day));
  const range = Array.from({ length: maxDay - minDay + 1 }, (_, i) => minDay + i);

  // Cumulative count per group at the end of each day, then stacked.
  const perDay = new Map(days.map((d) => [d.day, d]));
  const running = Object.fromEntries(REGIONAL_GROUPS.map((g) => [g, 0])) as Record<RegionalGroupName, number>;
  const stacked = range.map((day) => {
    const d = perDay.get(day);
    for (const g of REGIONAL_GROUPS) running[g] += d?.byGroup[g] ?? 0;
    let base = 0;
    return Object.fromEntries(REGIONAL_GROUPS.map((g) => [g, [base, (base += running[g])] as const])) as Record<RegionalGroupName, readonly [number, number]>;
  });
  const lastPerDay = new Map(lastYear.map((d) => [d.day, d.total]));
  let lastSum = 0;
  const lastCumulative = range.map((day) => (lastSum += lastPerDay.get(day) ?? 0));

  // This cycle up to today only; the previous cycle's line goes on, as a forecast to compare with.
  const known = range.filter((day) => day <= today).length;
  const shown = stacked.slice(0, Math.max(known, 0));
  const top = stacked.at(-1)?.[REGIONAL_GROUPS.at(-1)!][1] ?? 0;
  const maxN = Math.max(4, top, lastSum);
  const x = (day: number) => pad.l + ((day - minDay) / (maxDay - minDay + 1)) * (W - pad.l - pad.r);
  const y = (n: number) => H - pad.b - (n / maxN) * (H - pad.t - pad.b);

  /** A step line through the values, one per day of `range`, each held through its day. */
  const steps = (values: number[]) => values.map((v, i) => `${i === 0 ? "M" : "L"}${x(range[i]!)},${y(v)} L${x(range[i]! + 1)},${y(v)}`).join(" ");
  const band = (g: RegionalGroupName) => {
    if (shown.length === 0) return "";
    const upper = steps(shown.map((s) => s[g][1]));
    const lower = shown
      .map((s, i) => ({ day: range[i]!, v: s[g][0] }))
      .reverse()
      .map((p) => `L${x(p.day + 1)},${y(p.v)} L${x(p.day)},${y(p.v)}`)
      .join(" ");
    return `${upper} ${lower} Z`;
  };

  const step = tickStep(maxDay - minDay);
  const ticks = range.filter((d) => d % step === 0);
  const yTicks = [...new Set([0, Math.round(maxN / 2), maxN])];
  return (
    <div className={styles.chart}>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" style={{ maxWidth: W }} role="img" aria-label={label} direction="ltr">
        <PatternDefs />
        {yTicks.map((n) => (
          <g key={n}>
            <line x1={pad.l} x2={W - pad.r} y1={y(n)} y2={y(n)} stroke="#d5dbe1" />
            <text x={pad.l - 6} y={y(n) + 4} fontSize="11" textAnchor="end" fill="currentColor">
              {n}
            </text>
          </g>
        ))}
        {REGIONAL_GROUPS.map((g) => (
          <path key={g} d={band(g)} fill={`url(#${patternId(g)})`} stroke={LOOK[g].colour} strokeWidth="1" data-group={g} />
        ))}
        {today >= minDay && today < maxDay && (
          <g>
            <line x1={x(today + 1)} x2={x(today + 1)} y1={pad.t - 8} y2={H - pad.b} stroke="#4a5561" strokeDasharray="2 3" />
            <text x={x(today + 1) - 4} y={pad.t - 10} fontSize="11" textAnchor="end" fill="#4a5561">
              {labels.today}
            </text>
          </g>
        )}
        {lastYear.length > 0 && <path d={steps(lastCumulative)} fill="none" stroke="#1b1b1b" strokeWidth="2" strokeDasharray="6 4" />}
        <line x1={x(0)} x2={x(0)} y1={pad.t - 8} y2={H - pad.b} stroke="#b3261e" strokeWidth="2" />
        <text x={x(0) + 4} y={pad.t - 10} fontSize="11" fill="#b3261e">
          {labels.deadline}
        </text>
        <line x1={pad.l} x2={W - pad.r} y1={H - pad.b} y2={H - pad.b} stroke="currentColor" />
        {ticks.map((d) => (
          <g key={d} fontSize="11" fill="currentColor" textAnchor="middle">
            <line x1={x(d)} x2={x(d)} y1={H - pad.b} y2={H - pad.b + 4} stroke="currentColor" />
            <text x={x(d)} y={H - pad.b + 16}>
              {formatDayMonth(addDays(deadline, d), locale)}
            </text>
            <text x={x(d)} y={H - pad.b + 30} fill="#4a5561">
              {formatSigned(d, locale)}
            </text>
          </g>
        ))}
        <text x={(pad.l + W - pad.r) / 2} y={H - 8} fontSize="11" textAnchor="middle" fill="currentColor">
          {labels.axis}
        </text>
      </svg>
      <div className={styles.key}>
        <p className={styles.keyTitle}>{labels.key}</p>
        <ul>
          {REGIONAL_GROUPS.map((g) => (
            <li key={g}>
              <GroupSwatch group={g} /> {labels.groups[g]}
            </li>
          ))}
          <li>
            <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" className={styles.swatch}>
              <line x1="0" x2="28" y1="8" y2="8" stroke="#1b1b1b" strokeWidth="2" strokeDasharray="6 4" />
            </svg>{" "}
            {labels.lastYear}
          </li>
          <li>
            <svg width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" className={styles.swatch}>
              <line x1="14" x2="14" y1="0" y2="16" stroke="#b3261e" strokeWidth="2" />
            </svg>{" "}
            {labels.deadlineKey}
          </li>
        </ul>
        <p className={styles.note}>{labels.stackNote}</p>
      </div>
    </div>
  );
}
