import styles from "./chair-badge.module.css";

/** Marks the expert group's chair next to a State's name. */
export function ChairBadge({ label }: { label: string }) {
  return <span className={`badge ${styles.chair}`}>{label}</span>;
}
