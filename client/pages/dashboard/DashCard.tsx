import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "../../../shared/protocol/http.ts";
import { csvFilename, downloadCsv } from "./downloadCsv.ts";
import { toCsv, type CsvCell } from "./toCsv.ts";
import { dashboardErrorText } from "./dashboardErrorText.ts";

/** What a card's "Export CSV" writes: a header line and its rows, and the parts of the file's name. */
export interface CsvExport {
  name: readonly string[];
  header: readonly string[];
  rows: ReadonlyArray<readonly CsvCell[]>;
}

/** One section of the dashboard: a title, a line on what it shows, its export, and its body. */
export function DashCard({ id, title, lead, csv, extra, wide, children, testId }: {
  id: string;
  title: string;
  lead?: string;
  csv?: CsvExport | null;
  extra?: ReactNode;
  wide?: boolean;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <section className={`card dash-card${wide ? " dash-card--wide" : ""}`} aria-labelledby={`dash-${id}`} data-testid={testId}>
      <header className="dash-card__head">
        <div>
          <h2 id={`dash-${id}`}>{title}</h2>
          {lead && <p className="dash-card__lead">{lead}</p>}
        </div>
        <div className="dash-card__actions">
          {extra}
          {csv && <CsvButton csv={csv} />}
        </div>
      </header>
      {children}
    </section>
  );
}

export function CsvButton({ csv }: { csv: CsvExport }) {
  const { t } = useTranslation("dashboard");
  return (
    <button type="button" className="button button--ghost dash-csv" data-testid="export-csv" data-csv={csv.name[0]}
      onClick={() => downloadCsv(csvFilename(csv.name), toCsv(csv.header, csv.rows))}>
      <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M12 3v11m0 0-4-4m4 4 4-4M5 17v3h14v-3" /></svg>
      {t("exportCsv")}
    </button>
  );
}

/** A friendly line where a chart would be empty. */
export function Empty({ children, testId }: { children: ReactNode; testId?: string }) {
  return <p className="dash-empty" data-testid={testId ?? "dash-empty"}>{children}</p>;
}

/** A failed load, in words, inside its card. */
export function LoadFailed({ error }: { error: ApiError }) {
  const { t } = useTranslation("dashboard");
  const { t: tt } = useTranslation();
  return <p className="notice notice--error" role="alert">{dashboardErrorText(t, tt, error)}</p>;
}
