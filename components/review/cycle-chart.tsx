import type { DayCount } from "@/lib/review/dashboard";

/** Cumulative replies received by days from the deadline: this cycle (solid) and the previous one (dashed). Server-rendered SVG. */
export function CycleChart({ days, lastYear, label, labels }: { days: DayCount[]; lastYear: DayCount[]; label: string; labels: { thisYear: string; lastYear: string; deadline: string; axis: string } }) {
  const W = 640;
  const H = 260;
  const pad = { l: 40, r: 12, t: 12, b: 36 };
  const all = [...days, ...lastYear];
  const minDay = Math.min(-30, ...all.map((d) => d.day));
  const maxDay = Math.max(10, ...all.map((d) => d.day));
  const cumulative = (series: DayCount[]) => {
    let sum = 0;
    return [...series].sort((a, b) => a.day - b.day).map((d) => ({ day: d.day, n: (sum += d.total) }));
  };
  const now = cumulative(days);
  const last = cumulative(lastYear);
  const maxN = Math.max(4, ...now.map((p) => p.n), ...last.map((p) => p.n));
  const x = (day: number) => pad.l + ((day - minDay) / (maxDay - minDay)) * (W - pad.l - pad.r);
  const y = (n: number) => H - pad.b - (n / maxN) * (H - pad.t - pad.b);
  const path = (pts: { day: number; n: number }[]) =>
    pts.length === 0 ? "" : `M${x(minDay)},${y(0)} ` + pts.map((p, i) => `${i === 0 ? "" : ""}H${x(p.day)} V${y(p.n)}`).join(" ") + ` H${x(maxDay)}`;
  const ticks = [0, Math.round(maxN / 2), maxN];
  return (
    <svg viewBox={`0 0 ${W} ${H}`} width="100%" style={{ maxWidth: W }} role="img" aria-label={label}>
      {ticks.map((n) => (
        <g key={n}>
          <line x1={pad.l} x2={W - pad.r} y1={y(n)} y2={y(n)} stroke="#d5dbe1" />
          <text x={pad.l - 6} y={y(n) + 4} fontSize="11" textAnchor="end" fill="currentColor">
            {n}
          </text>
        </g>
      ))}
      <line x1={x(0)} x2={x(0)} y1={pad.t} y2={H - pad.b} stroke="#b3261e" strokeWidth="2" />
      <text x={x(0) + 4} y={pad.t + 10} fontSize="11" fill="#b3261e">
        {labels.deadline}
      </text>
      <path d={path(last)} fill="none" stroke="#6b7785" strokeWidth="2" strokeDasharray="6 4" />
      <path d={path(now)} fill="none" stroke="#0b4f8a" strokeWidth="3" />
      <text x={W / 2} y={H - 6} fontSize="11" textAnchor="middle" fill="currentColor">
        {labels.axis}
      </text>
      <g fontSize="11" fill="currentColor">
        <line x1={pad.l + 8} x2={pad.l + 32} y1={pad.t + 8} y2={pad.t + 8} stroke="#0b4f8a" strokeWidth="3" />
        <text x={pad.l + 36} y={pad.t + 12}>
          {labels.thisYear}
        </text>
        <line x1={pad.l + 8} x2={pad.l + 32} y1={pad.t + 24} y2={pad.t + 24} stroke="#6b7785" strokeWidth="2" strokeDasharray="6 4" />
        <text x={pad.l + 36} y={pad.t + 28}>
          {labels.lastYear}
        </text>
      </g>
    </svg>
  );
}
