"use client";

import styles from "./matrix-table.module.css";

/**
 * One State's row, compact: the page sends these few bytes in the React payload and this component
 * renders the table (in HTML on the server, then hydrated), instead of sending every one of the 772
 * cells twice, once as HTML and once as React elements.
 */
export type CompactMatrixRow = [
  iso3: string,
  name: string,
  group: string,
  /** One character per item, in the order of `letters`: the status's index in `statusShort`. */
  statuses: string,
  /** Bit i set: item i is late. */
  lateMask: number,
  reviewer: string,
  /** "(extended to 15 June 2010)", or "". */
  extension: string,
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

export function MatrixTable({
  session,
  letters,
  rows,
  statusShort,
  isAdmin,
  text,
}: {
  session: number;
  letters: string[];
  rows: CompactMatrixRow[];
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
              ({l})
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
            <td>{group}</td>
            {letters.map((l, i) => {
              const status = Number(statuses[i]);
              // The link's name is its visible text; the row and column headers give its context. The
              // address is relative to the matrix's own (/secretariat/cycles/65): 772 of them, ten bytes each.
              return (
                <td key={l} data-s={status}>
                  <a href={`../review/${iso3}/${session}/${l}`}>
                    {statusShort[status]}
                    {lateMask & (1 << i) ? "*" : ""}
                  </a>
                </td>
              );
            })}
            <td>{reviewer}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
