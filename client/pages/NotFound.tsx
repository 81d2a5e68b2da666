import { useTranslation } from "react-i18next";
import { BrandMark } from "../hud/BrandMark.tsx";
import { navigate } from "../router.ts";

export function NotFound() {
  const { t } = useTranslation();
  return (
    <main className="not-found">
      <BrandMark />
      <h1>{t("notFound.title")}</h1>
      <p className="muted">{t("notFound.body")}</p>
      <a className="button button--primary" href="/" onClick={(e) => { e.preventDefault(); navigate("/"); }}>
        {t("notFound.home")}
      </a>
    </main>
  );
}
