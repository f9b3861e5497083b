import { getTranslations } from "next-intl/server";
import { REGIONAL_GROUPS } from "@/lib/groups";
import type { MatrixTotals } from "@/lib/review/matrix";

/**
 * States that replied, per regional group, as a small server-rendered bar chart. The numbers are
 * in the "By regional group" table beside it, which screen readers read instead of the picture.
 */
export async function GroupChart({ byGroup }: { byGroup: MatrixTotals["byGroup"] }) {
  const [t, tDay] = await Promise.all([getTranslations("secretariatDay.matrix"), getTranslations("secretariatDay")]);
  const rowH = 26;
  const labelW = 240;
  const barW = 300;
  const height = REGIONAL_GROUPS.length * rowH + 8;
  return (
    <figure style={{ marginInline: 0 }}>
      <figcaption>{t("groupChart")}</figcaption>
      <svg width={labelW + barW + 90} height={height} viewBox={`0 0 ${labelW + barW + 90} ${height}`} role="img" aria-label={t("groupChartAlt")} direction="ltr">
        {REGIONAL_GROUPS.map((g, i) => {
          const v = byGroup[g] ?? { states: 0, replied: 0, items: 0 };
          const w = v.states ? (v.replied / v.states) * barW : 0;
          const y = i * rowH + 4;
          return (
            <g key={g}>
              <text x={0} y={y + 15} fontSize="13" fill="currentColor">
                {tDay(`groups.${g}`)}
              </text>
              <rect x={labelW} y={y} width={barW} height={18} fill="#e6ebf0" />
              <rect x={labelW} y={y} width={Math.max(w, v.replied ? 2 : 0)} height={18} fill="#1d6b34" />
              <text x={labelW + barW + 6} y={y + 15} fontSize="13" fill="currentColor">
                {v.replied}/{v.states}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
