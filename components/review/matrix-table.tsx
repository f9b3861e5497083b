"use client";

import styles from "./matrix-table.module.css";

/**
 * One State's row, compact: the page sends these few bytes in the React payload and this component
 * renders the table (in HTML on the server, then hydrated), instead of sending every one of the 772
 * cells twice, once as HTML and once as React elements. What repeats from row to row (a regional
 * group's name, a reviewer's) is sent once, in `groups` and `reviewers`, and a row holds its index.
 */
export type CompactMatrixRow = [
  iso3: string,
  name: string,
  /** Index in `groups`. */
  group: number,
  /** One character per item, in the order of `letters`: the status's index in `statusShort`. */
  statuses: string,
  /** Bit i set: item i is late. */
  lateMask: number,
  /** Index in `reviewers`, or -1: no reviewer. */
  reviewer: number,
  /** "(extended to 15 June 2010)"; left out when the State has no extension. */
  extension?: string,
];

export interface MatrixTableText {
  caption: string;
  select: string;
  state: string;
  group: string;
  reviewer: string;
  /** "Select {state}", with the State's name put in place of {state}. */
  selectState: string;
}

/** Not started, the first status, is the cell's default look (CSS): its cells carry no status attribute. */
const NOT_STARTED = 0;

export function MatrixTable({
  session,
  letters,
  rows,
  groups,
  reviewers,
  statusShort,
  isAdmin,
  text,
}: {
  session: number;
  letters: string[];
  rows: CompactMatrixRow[];
  /** The regional groups' names in the reader's language. */
  groups: string[];
  reviewers: string[];
  statusShort: string[];
  isAdmin: boolean;
  text: MatrixTableText;
}) {
  return (
    <table className={styles.matrix}>
      <caption className="visually-hidden">{text.caption}</caption>
      <thead>
        <tr>
          {isAdmin && <th scope="col">{text.select}</th>}
          <th scope="col">{text.state}</th>
          <th scope="col">{text.group}</th>
          {letters.map((l) => (
            <th key={l} scope="col">
              {`(${l})`}
            </th>
          ))}
          <th scope="col">{text.reviewer}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([iso3, name, group, statuses, lateMask, reviewer, extension]) => (
          <tr key={iso3}>
            {isAdmin && (
              <td>
                <input type="checkbox" name="state" value={iso3} form="assign-form" aria-label={text.selectState.replace("{state}", name)} />
              </td>
            )}
            <th scope="row">
              <a href={`/states/${iso3}`}>{name}</a>
              {extension && <span className={styles.extensionMark}> {extension}</span>}
            </th>
            <td>{groups[group]}</td>
            {letters.map((l, i) => {
              const status = Number(statuses[i]);
              // The link's name is its visible text (one text node); the row and column headers give its context.
              // The address is relative to the matrix's own (/secretariat/cycles/65): 772 of them, ten bytes each.
              return (
                <td key={l} data-s={status === NOT_STARTED ? undefined : status}>
                  <a href={`../review/${iso3}/${session}/${l}`}>{lateMask & (1 << i) ? `${statusShort[status]}*` : statusShort[status]}</a>
                </td>
              );
            })}
            <td>{reviewers[reviewer] ?? "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
