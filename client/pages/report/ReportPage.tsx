import { useTranslation } from "react-i18next";
import { PageShell } from "../companies/PageShell.tsx";

/** Whose yearly report a page shows. */
export type ReportSubject = { kind: "person" } | { kind: "company"; companyId: string } | { kind: "park"; parkId: string };

/** /report, /companies/:id/report, /park/:id/report: a yearly report. Being built (issue 8). */
export default function ReportPage({ subject }: { subject: ReportSubject }) {
  const { t } = useTranslation("report");
  return <PageShell title={t("title")}><p data-kind={subject.kind}>{t("title")}</p></PageShell>;
}
