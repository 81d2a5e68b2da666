import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ParkTemplate } from "../../../shared/protocol/parkEditor.ts";
import { errorText } from "../../i18n/errorText.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { LANGUAGES, type Language } from "../../i18n/language.ts";
import { createPark, fetchTemplates } from "../../net/editorApi.ts";
import { navigate, parkPath } from "../../router.ts";
import { closeEditor, editorStore } from "../../state/editor.ts";
import { EditorOverlay } from "./EditorDialogs.tsx";
import { sessionStore } from "../../state/session.ts";

/** An address from the English name: "Suzhou Industrial Park" → "suzhou-industrial-park". */
const slugOf = (name: string): string =>
  name.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 48).replace(/-+$/, "");

type Pair = Record<Language, string>;
const emptyPair = (): Pair => ({ "zh-CN": "", en: "" });

/**
 * Creates a park from a template (a shipped layout or an existing park), then walks in: its
 * room is open at once, and the manager can go on shaping it in the editor.
 */
export function NewParkDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const token = sessionStore.getState().session?.token ?? null;
  const [templates, setTemplates] = useState<ParkTemplate[] | null>(null);
  const [templateId, setTemplateId] = useState("");
  const [name, setName] = useState<Pair>(emptyPair);
  const [city, setCity] = useState<Pair>(emptyPair);
  const [description, setDescription] = useState<Pair>(emptyPair);
  const [id, setId] = useState("");
  const [idTouched, setIdTouched] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLSelectElement>(null);
  const uid = useId();

  useEffect(() => {
    if (!token) return;
    let live = true;
    void fetchTemplates(token).then((r) => {
      if (!live) return;
      if (r.ok) {
        setTemplates(r.value.templates);
        setTemplateId(r.value.templates[0]?.id ?? "");
      } else setError(errorText(t, r.error));
    });
    return () => { live = false; };
  }, [token, t]);
  useEffect(() => { if (templates) first.current?.focus(); }, [templates]);
  useEffect(() => {
    const key = (e: KeyboardEvent) => { if (e.key === "Escape" && !busy) onClose(); };
    window.addEventListener("keydown", key);
    return () => window.removeEventListener("keydown", key);
  }, [busy, onClose]);

  const shownId = idTouched ? id : slugOf(name.en);
  const template = templates?.find((x) => x.id === templateId);
  const describedBoth = description["zh-CN"].trim() !== "" && description.en.trim() !== "";
  const ready = template && /^[a-z0-9][a-z0-9-]{0,47}$/.test(shownId) && LANGUAGES.every((l) => name[l].trim() && city[l].trim())
    && (describedBoth || (description["zh-CN"].trim() === "" && description.en.trim() === ""));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!ready || !token || busy) return;
    setBusy(true);
    setError(null);
    const r = await createPark(token, {
      id: shownId, templateId, name, city, ...(describedBoth ? { description } : {}),
    });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.code === "park_exists" ? t("editor.newPark.exists", { id: shownId }) : errorText(t, r.error));
      return;
    }
    closeEditor(editorStore);
    onClose();
    navigate(parkPath(r.value.layout.id));
  };

  const pairInputs = (label: string, value: Pair, set: (p: Pair) => void, max: number, testId: string, multiline = false) => (
    <fieldset className="editor-pair">
      <legend className="editor-field__label">{label}</legend>
      {LANGUAGES.map((l) => (
        <label key={l} className="editor-pair__row">
          <span className="editor-pair__lang">{t(`language.${l}`)}</span>
          {multiline
            ? <textarea rows={2} lang={l} maxLength={max} value={value[l]} onChange={(ev) => set({ ...value, [l]: ev.target.value })} />
            : <input type="text" lang={l} maxLength={max} value={value[l]} data-testid={`${testId}-${l}`} onChange={(ev) => set({ ...value, [l]: ev.target.value })} />}
        </label>
      ))}
    </fieldset>
  );

  const shipped = templates?.filter((x) => x.source === "asset") ?? [];
  const existing = templates?.filter((x) => x.source === "park") ?? [];
  return (
    <EditorOverlay>
      <form className="editor-dialog editor-dialog--wide" role="dialog" aria-modal="true" aria-labelledby={`${uid}-title`} onSubmit={(e) => void submit(e)} data-testid="editor-new-park-dialog">
        <h2 id={`${uid}-title`}>{t("editor.newPark.title")}</h2>
        <p className="editor-hint">{t("editor.newPark.lead")}</p>
        {templates === null && !error && <p className="editor-hint">{t("editor.newPark.loading")}</p>}
        {templates && (
          <>
            <label className="editor-field">
              <span className="editor-field__label">{t("editor.newPark.template")}</span>
              <select ref={first} value={templateId} onChange={(e) => setTemplateId(e.target.value)} data-testid="editor-new-park-template">
                <optgroup label={t("editor.newPark.shipped")}>
                  {shipped.map((x) => <option key={x.id} value={x.id}>{x.name[lng]} · {x.city[lng]}</option>)}
                </optgroup>
                <optgroup label={t("editor.newPark.existing")}>
                  {existing.map((x) => <option key={x.id} value={x.id}>{x.name[lng]} · {x.city[lng]}</option>)}
                </optgroup>
              </select>
            </label>
            {template && (
              <p className="editor-hint">
                {t("editor.newPark.templateSummary", { width: template.size.width, depth: template.size.depth, zones: template.zones, booths: template.boothSlots })}
              </p>
            )}
            {pairInputs(t("editor.newPark.name"), name, setName, 80, "editor-new-park-name")}
            {pairInputs(t("editor.newPark.city"), city, setCity, 80, "editor-new-park-city")}
            <label className="editor-field">
              <span className="editor-field__label">{t("editor.newPark.id")}</span>
              <input type="text" value={shownId} maxLength={48} pattern="[a-z0-9][a-z0-9\-]{0,47}" data-testid="editor-new-park-id"
                onChange={(e) => { setIdTouched(true); setId(e.target.value.toLowerCase()); }} />
              <small className="editor-hint">{t("editor.newPark.idHint", { id: shownId || "…" })}</small>
            </label>
            {pairInputs(t("editor.newPark.description"), description, setDescription, 600, "editor-new-park-description", true)}
          </>
        )}
        {error && <p className="editor-notice editor-notice--error" role="alert">{error}</p>}
        <div className="editor-dialog__actions">
          <button type="button" className="button button--ghost" onClick={onClose} disabled={busy}>{t("editor.newPark.cancel")}</button>
          <button type="submit" className="button button--primary" disabled={!ready || busy} data-testid="editor-new-park-create">
            {busy ? t("editor.newPark.creating") : t("editor.newPark.create")}
          </button>
        </div>
      </form>
    </EditorOverlay>
  );
}
