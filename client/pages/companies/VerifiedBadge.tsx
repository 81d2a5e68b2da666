import { useTranslation } from "react-i18next";

/** The manager's seal: a check in a rosette, with its meaning as text for screen readers and on hover. */
export function VerifiedBadge({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`company-verified${compact ? " company-verified--compact" : ""}`} title={t("company.verifiedHint")} data-testid="verified-badge">
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d="M8 0.8l1.9 1.4 2.3-.2.7 2.2 1.9 1.4-.8 2.2.8 2.2-1.9 1.4-.7 2.2-2.3-.2L8 15.2l-1.9-1.4-2.3.2-.7-2.2-1.9-1.4.8-2.2-.8-2.2 1.9-1.4.7-2.2 2.3.2z" />
        <path d="M5 8.2l2 2 4-4.2" className="company-verified__check" />
      </svg>
      {!compact && <span>{t("company.verified")}</span>}
      {compact && <span className="company-sr-only">{t("company.verified")}</span>}
    </span>
  );
}
