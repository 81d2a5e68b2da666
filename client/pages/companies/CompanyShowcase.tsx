import { useState } from "react";
import { useTranslation } from "react-i18next";
import { imageUrl, type Company } from "../../../shared/protocol/companies.ts";
import type { Language } from "../../i18n/language.ts";
import { readIn } from "./bilingual.ts";
import { CompanyLogo } from "./CompanyLogo.tsx";
import { displayUrl, safeHttpUrl } from "./safeLink.ts";
import { VerifiedBadge } from "./VerifiedBadge.tsx";

/**
 * A company as visitors see it, in pieces that its page and its booth panel both use. Everything
 * the company wrote is shown as text; its links only when they are http(s), opening in a new tab.
 */

type Shown = Pick<Company, "name" | "industry" | "colour" | "logoImageId" | "verified" | "suspended">;

export function CompanyHeading({ company, as: Tag = "h1", size = "large" }: { company: Shown; as?: "h1" | "h2"; size?: "medium" | "large" }) {
  const { t } = useTranslation();
  return (
    <div className={`company-heading company-heading--${size}`}>
      <CompanyLogo name={company.name} colour={company.colour} logoImageId={company.logoImageId} size={size} alt={t("company.image.logoAlt", { name: company.name })} />
      <div className="company-heading__text">
        <Tag className="company-heading__name" data-testid="company-name">{company.name}</Tag>
        <p className="company-heading__meta">
          <span className="chip company-chip" style={{ ["--company-colour" as string]: company.colour }}>{t(`company.industries.${company.industry}`)}</span>
          {company.verified && <VerifiedBadge />}
          {company.suspended && <span className="chip company-chip--suspended">{t("company.suspended")}</span>}
        </p>
      </div>
    </div>
  );
}

export function CompanyDescription({ company, lng }: { company: Pick<Company, "description">; lng: Language }) {
  const { t } = useTranslation();
  const text = readIn(company.description, lng);
  if (!text) return <p className="muted">{t("company.page.noDescription")}</p>;
  return <p className="company-description" lang={text.lang}>{text.text}</p>;
}

/** A picture from our own server; one that fails to load leaves a quiet placeholder, never a broken icon. */
export function Picture({ imageId, alt, className }: { imageId: string | null; alt: string; className?: string }) {
  const [failed, setFailed] = useState(false);
  const cls = `company-picture${className ? ` ${className}` : ""}`;
  if (!imageId || failed) return <span className={`${cls} company-picture--empty`} aria-hidden="true" />;
  return <img className={cls} src={imageUrl(imageId)} alt={alt} loading="lazy" onError={() => setFailed(true)} />;
}

export function ProductList({ company }: { company: Pick<Company, "products" | "name"> }) {
  return (
    <ul className="company-products" data-testid="company-products">
      {company.products.map((p, i) => (
        <li key={`${i}-${p.name}`} className="company-product">
          <Picture imageId={p.imageId} alt={p.name} className="company-product__picture" />
          <div className="company-product__text">
            <h4>{p.name}</h4>
            {p.text && <p>{p.text}</p>}
          </div>
        </li>
      ))}
    </ul>
  );
}

export function Gallery({ company }: { company: Pick<Company, "gallery" | "name"> }) {
  const { t } = useTranslation();
  return (
    <ul className="company-gallery">
      {company.gallery.map((id, i) => (
        <li key={id}>
          <a href={imageUrl(id)} target="_blank" rel="noopener noreferrer">
            <Picture imageId={id} alt={t("company.image.alt", { name: `${company.name} ${i + 1}` })} />
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The company's website and video, when they are http(s) links. */
export function CompanyLinks({ company }: { company: Pick<Company, "website" | "videoUrl"> }) {
  const { t } = useTranslation();
  const links = [
    { label: t("company.page.website"), href: safeHttpUrl(company.website), icon: "M2 8h12M8 2c2 2 2 10 0 12M8 2c-2 2-2 10 0 12M8 2a6 6 0 100 12A6 6 0 008 2z" },
    { label: t("company.page.video"), href: safeHttpUrl(company.videoUrl), icon: "M3 3.5h10v9H3zM7 6l3 2-3 2z" },
  ].filter((l): l is { label: string; href: string; icon: string } => l.href !== null);
  if (links.length === 0) return null;
  return (
    <ul className="company-links">
      {links.map((l) => (
        <li key={l.label}>
          <a href={l.href} target="_blank" rel="noopener noreferrer" className="company-link">
            <svg viewBox="0 0 16 16" aria-hidden="true"><path d={l.icon} /></svg>
            <span className="company-link__label">{l.label}</span>
            <span className="company-link__url">{displayUrl(l.href)}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

export const hasContact = (company: Pick<Company, "contact">): boolean => Object.values(company.contact).some(Boolean);

export function ContactList({ company }: { company: Pick<Company, "contact"> }) {
  const { t } = useTranslation();
  const rows = (["email", "phone", "wechat", "address"] as const)
    .map((k) => ({ k, value: company.contact[k] }))
    .filter((r): r is { k: "email" | "phone" | "wechat" | "address"; value: string } => Boolean(r.value));
  return (
    <dl className="company-contact">
      {rows.map((r) => (
        <div key={r.k}>
          <dt>{t(`company.form.${r.k}`)}</dt>
          <dd>{r.value}</dd>
        </div>
      ))}
    </dl>
  );
}
