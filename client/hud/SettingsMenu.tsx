import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useStore } from "zustand";
import { QUALITIES, setQuality, settingsStore } from "../state/settings.ts";
import { HeatmapSwitch } from "./heatmap/HeatmapSwitch.tsx";
import { LanguageSwitch } from "./LanguageSwitch.tsx";

/**
 * The HUD's settings button and the small non-modal dialog it opens: language, graphics quality
 * and, in a park, the heatmap overlay for managers. Escape, the close button or a click elsewhere
 * close it, and focus goes back to the button.
 */
export function SettingsMenu({ parkId }: { parkId?: string } = {}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const quality = useStore(settingsStore, (s) => s.quality);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const id = useId();
  const titleId = `${id}-title`;

  useEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const close = (returnFocus: boolean) => {
      setOpen(false);
      if (returnFocus) button.current?.focus();
    };
    const key = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        e.preventDefault();
        close(true);
      }
    };
    const press = (e: PointerEvent) => {
      const target = e.target as Node | null;
      if (target && !panel.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    window.addEventListener("keydown", key);
    document.addEventListener("pointerdown", press);
    return () => {
      window.removeEventListener("keydown", key);
      document.removeEventListener("pointerdown", press);
    };
  }, [open]);

  return (
    <div className="settings">
      <button
        ref={button}
        type="button"
        className="button button--dark settings__toggle"
        aria-label={t("settings.open")}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" className="settings__icon">
          <circle cx="12" cy="12" r="3.2" />
          <path d="M12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1" />
        </svg>
      </button>
      {open && (
        <div ref={panel} id={id} className="hud-panel settings__panel" role="dialog" aria-labelledby={titleId} tabIndex={-1} data-testid="settings-panel">
          <div className="settings__head">
            <h2 id={titleId}>{t("settings.title")}</h2>
            <button type="button" className="settings__close" aria-label={t("settings.close")} onClick={() => { setOpen(false); button.current?.focus(); }}>
              ×
            </button>
          </div>
          <div className="settings__group">
            <span className="settings__label">{t("settings.language")}</span>
            <LanguageSwitch />
          </div>
          <fieldset className="settings__group settings__qualities">
            <legend className="settings__label">{t("settings.quality")}</legend>
            {QUALITIES.map((q) => (
              <label key={q} className="settings__quality">
                <input type="radio" name={`${id}-quality`} value={q} checked={quality === q} onChange={() => setQuality(settingsStore, q)} />
                <span>
                  <strong>{t(`settings.qualities.${q}`)}</strong>
                  <small>{t(`settings.qualityHints.${q}`)}</small>
                </span>
              </label>
            ))}
          </fieldset>
          {parkId !== undefined && <HeatmapSwitch parkId={parkId} />}
        </div>
      )}
    </div>
  );
}
