import { useTranslation } from "react-i18next";

/** The product's name in both scripts: "Enclave" and "园区" are one brand. */
export function BrandMark({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className={`brand${compact ? " brand--compact" : ""}`}>
      <svg className="brand__logo" viewBox="0 0 64 64" aria-hidden="true">
        <rect width="64" height="64" rx="14" fill="#0f3d3e" />
        <path d="M14 46 L32 14 L50 46 Z" fill="#f2b544" />
        <path d="M24 46 L32 31 L40 46 Z" fill="#0f3d3e" />
        <rect x="12" y="46" width="40" height="4" rx="2" fill="#e9f1ee" />
      </svg>
      <span className="brand__name">{t("brand.name")}</span>
      <span className="brand__local" lang="zh-CN">{t("brand.localName")}</span>
    </span>
  );
}
