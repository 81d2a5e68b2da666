import type { ReactNode } from "react";

export interface Column<T> {
  label: string;
  numeric?: boolean;
  cell: (row: T, index: number) => ReactNode;
}

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
          <tr>{columns.map((c) => <th key={c.label} scope="col" className={c.numeric ? "num" : undefined}>{c.label}</th>)}</tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={rowKey(row)} data-testid={rowTestId} data-key={rowKey(row)}>
              {columns.map((c) => <td key={c.label} className={c.numeric ? "num" : undefined}>{c.cell(row, i)}</td>)}
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
