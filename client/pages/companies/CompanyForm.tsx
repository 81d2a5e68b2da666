import type { TFunction } from "i18next";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { INDUSTRIES, MAX_GALLERY, MAX_PRODUCTS, type CreateCompanyBody } from "../../../shared/protocol/companies.ts";
import type { ApiError } from "../../../shared/protocol/http.ts";
import { ColourSwatches } from "./ColourSwatches.tsx";
import { checkDraft, type CompanyDraft } from "./companyDraft.ts";
import { companyErrorText } from "./companyErrors.ts";
import { ImagePicker } from "./ImagePicker.tsx";

type Field = keyof CompanyDraft;

/** Where a rule's message goes: the label of the field it names, and our words for the rule where we have them. */
function problemText(t: TFunction, path: string, message: string): string {
  const [head, second, third] = path.split(".");
  const field = head === "contact" && second ? second : head;
  const labels: Record<string, string> = {
    name: t("company.form.name"), industry: t("company.form.industry"), description: t("company.form.basics"),
    colour: t("company.form.colour"), website: t("company.form.website"), videoUrl: t("company.form.videoUrl"),
    email: t("company.form.email"), phone: t("company.form.phone"), wechat: t("company.form.wechat"), address: t("company.form.address"),
    products: t("company.form.products"), gallery: t("company.form.gallery"),
  };
  const rules: Record<string, string> = {
    name: t("company.form.nameHint"), description: t("company.form.descriptionHint"), website: t("company.form.linkHint"),
    videoUrl: t("company.form.linkHint"), email: t("company.form.rules.email"), phone: t("company.form.rules.phone"),
    products: third === "name" ? t("company.form.rules.productName") : t("company.form.rules.productText"),
  };
  return t("company.form.problem", { field: labels[field ?? ""] ?? path, message: rules[field ?? ""] ?? message });
}

/**
 * A company's details: the short form to create one (`full` false) or every field to edit it.
 * The draft is checked with the server's own schema before it is sent; the server checks again.
 */
export function CompanyForm({ token, initial, full, submitLabel, onSubmit, onCancel, children }: {
  token: string;
  initial: CompanyDraft;
  full: boolean;
  submitLabel: string;
  /** Returns the server's refusal, or null when it was saved. */
  onSubmit: (body: CreateCompanyBody) => Promise<ApiError | null>;
  onCancel?: () => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const set = <K extends Field>(key: K, value: CompanyDraft[K]) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const setProduct = (i: number, patch: Partial<CompanyDraft["products"][number]>) =>
    set("products", draft.products.map((p, j) => (j === i ? { ...p, ...patch } : p)));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const check = checkDraft(draft);
    if (!check.ok) {
      setError(problemText(t, check.path, check.message));
      return;
    }
    setError(null);
    setBusy(true);
    const refused = await onSubmit(check.body);
    setBusy(false);
    if (refused) setError(companyErrorText(t, refused));
    else setSaved(true);
  };

  const text = (key: Field, label: string, opts: { hint?: string; type?: string; multiline?: boolean; max?: number; placeholder?: string } = {}) => (
    <div className="field company-field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      {opts.multiline ? (
        <textarea id={`${id}-${key}`} className="company-input" rows={4} maxLength={opts.max} value={draft[key] as string}
          onChange={(e) => set(key, e.target.value)} aria-describedby={opts.hint ? `${id}-${key}-hint` : undefined} />
      ) : (
        <input id={`${id}-${key}`} className="company-input" type={opts.type ?? "text"} maxLength={opts.max} value={draft[key] as string}
          placeholder={opts.placeholder} onChange={(e) => set(key, e.target.value)} aria-describedby={opts.hint ? `${id}-${key}-hint` : undefined} />
      )}
      {opts.hint && <small id={`${id}-${key}-hint`}>{opts.hint}</small>}
    </div>
  );

  return (
    <form className="company-form" onSubmit={(e) => void submit(e)} noValidate data-testid="company-form">
      <fieldset className="company-form__section">
        <legend>{t("company.form.basics")}</legend>
        <div className="company-form__grid">
          {text("name", t("company.form.name"), { hint: t("company.form.nameHint"), max: 60 })}
          <div className="field company-field">
            <label htmlFor={`${id}-industry`}>{t("company.form.industry")}</label>
            <select id={`${id}-industry`} className="company-input" value={draft.industry} onChange={(e) => set("industry", e.target.value as CompanyDraft["industry"])}>
              {INDUSTRIES.map((i) => <option key={i} value={i}>{t(`company.industries.${i}`)}</option>)}
            </select>
          </div>
        </div>
        <div className="company-form__grid">
          {text("descriptionZh", t("company.form.descriptionZh"), { multiline: true, max: 2000 })}
          {text("descriptionEn", t("company.form.descriptionEn"), { multiline: true, max: 2000 })}
        </div>
        <small className="company-hint">{t("company.form.descriptionHint")}</small>
        <div className="company-form__grid">
          <div className="field company-field">
            <span className="company-field__label" id={`${id}-colour-label`}>{t("company.form.colour")}</span>
            <ColourSwatches value={draft.colour} onChange={(c) => set("colour", c)} labelledBy={`${id}-colour-label`} label={t("company.form.colour")} />
            <small>{t("company.form.colourHint")}</small>
          </div>
          <div className="field company-field">
            <span className="company-field__label">{t("company.form.logo")}</span>
            <ImagePicker token={token} imageId={draft.logoImageId} onChange={(v) => set("logoImageId", v)} label={t("company.form.logo")}
              alt={t("company.image.logoAlt", { name: draft.name })} />
          </div>
        </div>
      </fieldset>

      {full && (
        <>
          <fieldset className="company-form__section">
            <legend>{t("company.form.links")}</legend>
            <div className="company-form__grid">
              {text("website", t("company.form.website"), { type: "url", hint: t("company.form.linkHint"), placeholder: "https://", max: 500 })}
              {text("videoUrl", t("company.form.videoUrl"), { type: "url", hint: t("company.form.linkHint"), placeholder: "https://", max: 500 })}
            </div>
          </fieldset>

          <fieldset className="company-form__section">
            <legend>{t("company.form.contact")}</legend>
            <div className="company-form__grid">
              {text("email", t("company.form.email"), { type: "email", max: 120 })}
              {text("phone", t("company.form.phone"), { type: "tel", max: 30 })}
              {text("wechat", t("company.form.wechat"), { max: 40 })}
              {text("address", t("company.form.address"), { max: 200 })}
            </div>
          </fieldset>

          <fieldset className="company-form__section">
            <legend>{t("company.form.products")}</legend>
            <ol className="company-form__products">
              {draft.products.map((p, i) => (
                <li key={i} className="company-form__product">
                  <ImagePicker compact token={token} imageId={p.imageId} onChange={(v) => setProduct(i, { imageId: v })}
                    label={`${t("company.form.productPicture")} ${i + 1}`} alt={p.name} />
                  <div className="company-form__product-fields">
                    <div className="field company-field">
                      <label htmlFor={`${id}-p${i}-name`}>{t("company.form.productName")}</label>
                      <input id={`${id}-p${i}-name`} className="company-input" maxLength={60} value={p.name} onChange={(e) => setProduct(i, { name: e.target.value })} />
                    </div>
                    <div className="field company-field">
                      <label htmlFor={`${id}-p${i}-text`}>{t("company.form.productText")}</label>
                      <textarea id={`${id}-p${i}-text`} className="company-input" rows={2} maxLength={280} value={p.text} onChange={(e) => setProduct(i, { text: e.target.value })} />
                    </div>
                  </div>
                  <button type="button" className="button button--ghost company-button--small" onClick={() => set("products", draft.products.filter((_, j) => j !== i))}>
                    {t("company.form.removeProduct")}
                  </button>
                </li>
              ))}
            </ol>
            {draft.products.length < MAX_PRODUCTS && (
              <button type="button" className="button button--ghost" onClick={() => set("products", [...draft.products, { name: "", text: "", imageId: null }])}>
                + {t("company.form.addProduct")}
              </button>
            )}
          </fieldset>

          <fieldset className="company-form__section">
            <legend>{t("company.form.gallery")}</legend>
            <small className="company-hint">{t("company.form.galleryHint", { max: MAX_GALLERY })}</small>
            <ul className="company-form__gallery">
              {draft.gallery.map((imageId, i) => (
                <li key={imageId}>
                  <ImagePicker compact token={token} imageId={imageId} label={`${t("company.form.gallery")} ${i + 1}`} alt={`${draft.name} ${i + 1}`}
                    onChange={(v) => set("gallery", v ? draft.gallery.map((g, j) => (j === i ? v : g)) : draft.gallery.filter((_, j) => j !== i))} />
                </li>
              ))}
              {draft.gallery.length < MAX_GALLERY && (
                <li>
                  <ImagePicker compact token={token} imageId={null} label={t("company.form.addPicture")} alt=""
                    onChange={(v) => { if (v) set("gallery", [...draft.gallery, v]); }} />
                </li>
              )}
            </ul>
          </fieldset>
        </>
      )}

      {children}
      <p className="form-error" role="alert">{error ?? ""}</p>
      <div className="company-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? <><span className="spinner" aria-hidden="true" /> {t("company.saving")}</> : submitLabel}
        </button>
        {onCancel && <button type="button" className="button button--ghost" onClick={onCancel}>{t("company.cancel")}</button>}
        {saved && !busy && <span className="company-saved" role="status">{t("company.saved")}</span>}
      </div>
    </form>
  );
}
