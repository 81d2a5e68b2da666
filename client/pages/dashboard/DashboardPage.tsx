import { useTranslation } from "react-i18next";
import { PageShell } from "../companies/PageShell.tsx";

/** /dashboard: the park managers' figures. Being built (issue 8). */
export default function DashboardPage() {
  const { t } = useTranslation("dashboard");
  return <PageShell title={t("title")}><p>{t("title")}</p></PageShell>;
}
