import styles from "./chair-badge.module.css";

/** Marks the expert group's chair next to a State's name. */
export function ChairBadge({ label }: { label: string }) {
  return <span className={`badge ${styles.chair}`}>{label}</span>;
}

/** A member State's name, with the chair's badge when it chairs the group. */
export function MemberName({ name, isChair, chairLabel }: { name: string; isChair: boolean; chairLabel: string }) {
  return (
    <>
      {name}
      {isChair && <ChairBadge label={chairLabel} />}
    </>
  );
}
