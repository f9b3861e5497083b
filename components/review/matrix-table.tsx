"use client";

import { matrixRowsHtml, type CompactMatrixRow } from "./matrix-rows";
import styles from "./matrix-table.module.css";

export type { CompactMatrixRow };

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
      {/* The rows as one string of HTML (see matrix-rows.ts): the same markup, rendered without an element each. */}
      <tbody
        dangerouslySetInnerHTML={{
          __html: matrixRowsHtml({ session, letters, rows, groups, reviewers, statusShort, isAdmin, selectState: text.selectState, extensionClass: styles.extensionMark! }),
        }}
      />
    </table>
  );
}
