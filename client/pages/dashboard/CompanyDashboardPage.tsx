import { useTranslation } from "react-i18next";
import { PageShell } from "../companies/PageShell.tsx";

/** /companies/:id/dashboard: a company's own booth, task and event figures. Being built (issue 8). */
export default function CompanyDashboardPage({ companyId }: { companyId: string }) {
  const { t } = useTranslation("dashboard");
  return <PageShell title={t("companyTitle")}><p data-company={companyId}>{t("companyTitle")}</p></PageShell>;
}
