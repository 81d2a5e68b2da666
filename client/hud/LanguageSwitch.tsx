import { useTranslation } from "react-i18next";
import { setLanguage, useLanguage } from "../i18n/i18n.ts";
import { LANGUAGES } from "../i18n/language.ts";

/** Two buttons rather than a menu: each names its language in that language, so anyone can find theirs. */
export function LanguageSwitch({ tone = "light" }: { tone?: "light" | "dark" }) {
  const { t } = useTranslation();
  const current = useLanguage();
  return (
    <div className={`lang-switch lang-switch--${tone}`} role="group" aria-label={t("language.label")}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={current === lng}
          onClick={() => setLanguage(lng)}
        >
          {t(`language.${lng}`)}
        </button>
      ))}
    </div>
  );
}
