import type { CSSProperties, HTMLAttributes, Key, ReactNode } from "react";
import styles from "./data-table.module.css";

export interface Column<T> {
  /** Unique among the columns. */
  key: string;
  header: ReactNode;
  /** The row's header cell (th scope="row"): what the row is about. */
  rowHeader?: boolean;
  /** On the header and on every cell of the column (e.g. "num" for figures). */
  className?: string;
  /** On the body cells only (e.g. "symbol" for document symbols). */
  cellClassName?: string;
  cell: (row: T) => ReactNode;
}

export type RowAttributes = HTMLAttributes<HTMLTableRowElement> & Record<`data-${string}`, string | number | undefined>;

export interface DataTableProps<T> {
  /** What the table shows; always there for screen readers, shown unless `hideCaption`. */
  caption: ReactNode;
  hideCaption?: boolean;
  columns: readonly (Column<T> | false | null | undefined)[];
  rows: readonly T[];
  rowKey: (row: T) => Key;
  /** Attributes of a row (data-* for tests and styles). */
  rowProps?: (row: T) => RowAttributes;
  /** "compact" for dense statistics, or a page's own class. */
  variant?: "compact";
  className?: string;
  style?: CSSProperties;
}

/** A captioned table with column headers, one row per item, scrolling sideways on a narrow screen. A Server Component. */
export function DataTable<T>({ caption, hideCaption, columns, rows, rowKey, rowProps, variant, className, style }: DataTableProps<T>) {
  const cols = columns.filter((c): c is Column<T> => Boolean(c));
  const tableClass = [variant && styles[variant], className].filter(Boolean).join(" ") || undefined;
  return (
    <div className="table-wrap">
      <table className={tableClass} style={style}>
        <caption className={hideCaption ? "visually-hidden" : undefined}>{caption}</caption>
        <thead>
          <tr>
            {cols.map((c) => (
              <th key={c.key} scope="col" className={c.className}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} {...rowProps?.(row)}>
              {cols.map((c) => {
                const cellClass = [c.className, c.cellClassName].filter(Boolean).join(" ") || undefined;
                return c.rowHeader ? (
                  <th key={c.key} scope="row" className={cellClass}>
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.key} className={cellClass}>
                    {c.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
