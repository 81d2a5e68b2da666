import { useId, useRef, useState, type ChangeEvent } from "react";
import { useTranslation } from "react-i18next";
import { IMAGE_TYPES } from "../../../shared/protocol/companies.ts";
import { uploadImage } from "../../net/companyApi.ts";
import { companyErrorText } from "./companyErrors.ts";
import { IMAGE_MAX_MB, imageFileProblem } from "./imageFile.ts";
import { Picture } from "./CompanyShowcase.tsx";

/**
 * Picks a picture, checks its type and size here first (with the reason, in words), uploads it
 * and hands back its id. With `imageId`, shows the current picture with replace and remove.
 */
export function ImagePicker({ token, imageId, onChange, label, alt, compact = false }: {
  token: string;
  imageId: string | null;
  onChange: (imageId: string | null) => void;
  label: string;
  alt: string;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const picked = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    const problem = imageFileProblem(file);
    if (problem) {
      setError(t(`company.image.${problem}`, { mb: IMAGE_MAX_MB }));
      return;
    }
    setError(null);
    setBusy(true);
    const result = await uploadImage(token, file);
    setBusy(false);
    if (result.ok) onChange(result.value.id);
    else setError(t("company.image.failed", { detail: companyErrorText(t, result.error) }));
  };

  return (
    <div className={`company-image-picker${compact ? " company-image-picker--compact" : ""}`}>
      {imageId && <Picture imageId={imageId} alt={alt} className="company-image-picker__preview" />}
      <div className="company-image-picker__controls">
        <input
          ref={input}
          id={id}
          type="file"
          accept={IMAGE_TYPES.join(",")}
          className="company-sr-only"
          aria-describedby={`${id}-hint`}
          onChange={(e) => void picked(e)}
          data-testid="image-input"
        />
        <button type="button" className="button button--ghost company-button--small" disabled={busy} onClick={() => input.current?.click()} aria-label={`${label}: ${imageId ? t("company.image.replace") : t("company.image.choose")}`}>
          {busy ? <><span className="spinner" aria-hidden="true" /> {t("company.image.uploading")}</> : imageId ? t("company.image.replace") : t("company.image.choose")}
        </button>
        {imageId && !busy && (
          <button type="button" className="button button--ghost company-button--small" onClick={() => onChange(null)}>
            {t("company.remove")}
          </button>
        )}
        {!compact && <small id={`${id}-hint`} className="company-hint">{t("company.image.hint", { mb: IMAGE_MAX_MB })}</small>}
        {compact && <small id={`${id}-hint`} className="company-sr-only">{t("company.image.hint", { mb: IMAGE_MAX_MB })}</small>}
      </div>
      <p className="form-error" role="alert">{error ?? ""}</p>
    </div>
  );
}
