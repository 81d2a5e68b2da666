import type { ReactNode } from "react";

export interface Column<T> {
  label: string;
  numeric?: boolean;
  /** The rank column: quieter than the figures. */
  rank?: boolean;
  cell: (row: T, index: number) => ReactNode;
}

const cellClass = (c: { numeric?: boolean; rank?: boolean }): string | undefined =>
  [c.numeric ? "num" : "", c.rank ? "rank" : ""].filter(Boolean).join(" ") || undefined;

/** A ranked table: a header, one row per item, numbers right-aligned in tabular figures. */
export function DataTable<T>({ columns, rows, rowKey, label, testId, rowTestId }: {
  columns: ReadonlyArray<Column<T>>;
  rows: readonly T[];
  rowKey: (row: T) => string;
  label: string;
  testId?: string;
  rowTestId?: string;
}) {
  return (
    <div className="dash-table-wrap">
      <table className="dash-table" aria-label={label} data-testid={testId}>
        <thead>
          <tr>{columns.map((c) => <th key={c.label} scope="col" className={cellClass(c)}>{c.label}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey(row)} data-testid={rowTestId} data-key={rowKey(row)}>
              {columns.map((c) => <td key={c.label} className={cellClass(c)}>{c.cell(row, i)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "+12%" or "−8%" against the compared period, coloured by direction; "new" when there was nothing before. */
export function Change({ percent, fresh, label }: { percent: number | null; fresh: string; label: string }) {
  if (percent === null) return <span className="dash-change dash-change--new" title={label}>{fresh}</span>;
  const cls = percent > 0 ? "up" : percent < 0 ? "down" : "flat";
  return <span className={`dash-change dash-change--${cls}`} title={label}>{percent > 0 ? "+" : percent < 0 ? "−" : "±"}{Math.abs(percent)}%</span>;
}
