import { useState } from "react";
import { imageUrl } from "../../../shared/protocol/companies.ts";

/**
 * A company's logo, or its initial on its colour when it has none or the picture fails to load
 * (a broken image must never show as a broken icon on a page or in a booth panel).
 */
export function CompanyLogo({ name, colour, logoImageId, size = "medium", alt }: {
  name: string; colour: string; logoImageId: string | null; size?: "small" | "medium" | "large"; alt: string;
}) {
  const [failed, setFailed] = useState<string | null>(null);
  const cls = `company-logo company-logo--${size}`;
  if (logoImageId && failed !== logoImageId) {
    return <img className={cls} src={imageUrl(logoImageId)} alt={alt} loading="lazy" onError={() => setFailed(logoImageId)} />;
  }
  return (
    <span className={`${cls} company-logo--initial`} style={{ background: colour }} role="img" aria-label={alt}>
      {Array.from(name.trim())[0]?.toUpperCase() ?? "?"}
    </span>
  );
}
