import { getTranslations } from "next-intl/server";
import styles from "./matrix-legend.module.css";
import { STATUSES } from "@/lib/status";

/** The key to the matrix: each status's colour, pattern and letters, and the late mark. */
export async function MatrixLegend() {
  const [t, tStatus] = await Promise.all([getTranslations("secretariatDay.matrix"), getTranslations("status")]);
  return (
    <figure className={styles.legend} aria-labelledby="matrix-legend">
      <figcaption id="matrix-legend">{t("legend")}</figcaption>
      <ul>
        {STATUSES.map((s) => (
          <li key={s}>
            <span className={styles.swatch} data-status={s} aria-hidden="true">
              {t(`abbr.${s}`)}
            </span>{" "}
            {tStatus(s)}
          </li>
        ))}
        <li>
          <span className={styles.swatch} aria-hidden="true">
            *
          </span>{" "}
          {t("lateMark")}
        </li>
      </ul>
    </figure>
  );
}
