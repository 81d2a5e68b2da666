import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useStore } from "zustand";
import { layoutProblems } from "../../../shared/rules/layoutValidation.ts";
import { errorText } from "../../i18n/errorText.ts";
import type { Language } from "../../i18n/language.ts";
import { fetchPark, fetchParks } from "../../net/api.ts";
import { saveLayout } from "../../net/editorApi.ts";
import {
  closeEditor, draftOf, editorStore, loadSaved, markConflict, markFailed, markSaved, markSaving, parkDirectory, rebaseOnto, redoEdit,
  setParks, undoEdit,
} from "../../state/editor.ts";
import { changeCount, draftChanges } from "../../state/editorDraft.ts";
import { canRedo, canUndo } from "../../state/editorHistory.ts";
import { parkRoomStore } from "../../state/park.ts";
import { sessionStore } from "../../state/session.ts";
import { AddMenu } from "./AddMenu.tsx";
import { ConflictDialog, LeaveDialog } from "./EditorDialogs.tsx";
import { ItemList } from "./ItemList.tsx";
import { ItemProperties, ParkProperties } from "./ItemProperties.tsx";
import { NewParkDialog } from "./NewParkDialog.tsx";
import { ProblemList } from "./ProblemList.tsx";
import { useEditorKeys } from "./useEditorKeys.ts";

/** How long "saved" stays on screen. */
const SAVED_NOTICE_MS = 6000;

/**
 * The editor's side panel: what changed, what is wrong, what to add, the selected item's
 * properties and everything in the park, with undo, redo, save and discard.
 */
export function EditorPanel({ lng }: { lng: Language }) {
  const { t } = useTranslation();
  const s = useStore(editorStore);
  const draft = draftOf(s);
  const roomVersion = useStore(parkRoomStore, (r) => r.layoutVersion);
  const roomLayout = useStore(parkRoomStore, (r) => r.layout);
  const booths = useStore(parkRoomStore, (r) => r.booths);
  const [dialog, setDialog] = useState<"leave" | "discard" | "new-park" | null>(null);
  const [now, setNow] = useState(() => Date.now());

  const parks = useMemo(() => parkDirectory(s.parks), [s.parks]);
  const problems = useMemo(() => (draft ? layoutProblems(draft, { parks }) : []), [draft, parks]);
  const changes = useMemo(() => (s.base && draft ? draftChanges(s.base, draft) : null), [s.base, draft]);
  const unsaved = changes ? changeCount(changes) : 0;
  const heldRemoved = (changes?.removed ?? []).filter((r) => r.kind === "boothSlot" && booths[r.id]);

  useParkOptions(s.parkId);

  // Someone else saved: with nothing of ours to lose, simply take their version.
  const newer = roomLayout !== null && roomLayout.id === s.parkId && roomVersion > s.baseVersion && !s.saving;
  useEffect(() => {
    if (newer && unsaved === 0 && roomLayout) loadSaved(editorStore, roomLayout, roomVersion);
  }, [newer, unsaved, roomLayout, roomVersion]);

  // A reload or closed tab would lose unsaved work: ask first.
  useEffect(() => {
    if (unsaved === 0) return;
    const ask = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", ask);
    return () => window.removeEventListener("beforeunload", ask);
  }, [unsaved]);

  useEffect(() => {
    if (s.savedAt === null) return;
    setNow(Date.now());
    const timer = setTimeout(() => setNow(Date.now()), SAVED_NOTICE_MS);
    return () => clearTimeout(timer);
  }, [s.savedAt]);

  const canSave = !s.saving && unsaved > 0 && problems.length === 0;
  const save = useCallback(async () => {
    const state = editorStore.getState();
    const sent = draftOf(state);
    const token = sessionStore.getState().session?.token;
    if (!sent || !state.parkId || !token || state.saving) return;
    if (state.base && changeCount(draftChanges(state.base, sent)) === 0) return;
    if (layoutProblems(sent, { parks: parkDirectory(state.parks) }).length > 0) return;
    markSaving(editorStore);
    const r = await saveLayout(token, state.parkId, state.baseVersion, sent);
    if (r.ok) markSaved(editorStore, sent, r.value.version, r.value.warnings, Date.now());
    else if (r.error.status === 409) markConflict(editorStore, r.error.message);
    else markFailed(editorStore, r.error.code === "forbidden" ? t("editor.errors.forbidden") : errorText(t, r.error));
  }, [t]);
  const saveNow = useCallback(() => void save(), [save]);
  useEditorKeys(saveNow);

  if (!draft || !s.base || !s.parkId) return null;
  const history = s.history!;
  const showSaved = s.savedAt !== null && now - s.savedAt < SAVED_NOTICE_MS && unsaved === 0;

  const done = () => (unsaved > 0 ? setDialog("leave") : closeEditor(editorStore));
  const discard = () => loadSaved(editorStore, s.base!, s.baseVersion);

  return (
    <aside className="hud-panel editor-panel" aria-label={t("editor.panel")} data-testid="editor-panel">
      <header className="editor-panel__head">
        <div className="editor-panel__heading">
          <h2>{t("editor.title")}</h2>
          <p className="editor-panel__status" data-testid="editor-status" data-unsaved={unsaved}>
            <span className="editor-chip">{t("editor.version", { version: s.baseVersion })}</span>
            <span className={unsaved > 0 ? "editor-panel__dirty" : "editor-panel__clean"}>
              {unsaved > 0 ? t("editor.unsaved", { count: unsaved }) : t("editor.allSaved")}
            </span>
          </p>
        </div>
        <div className="editor-toolbar" role="toolbar" aria-label={t("editor.panel")}>
          <button type="button" className="editor-tool" onClick={() => undoEdit(editorStore)} disabled={!canUndo(history)} title={`${t("editor.undo")} (Ctrl+Z)`} aria-label={t("editor.undo")} data-testid="editor-undo">
            <svg viewBox="0 0 24 24" aria-hidden="true" className="editor-icon"><path d="M9 14L4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3" /></svg>
          </button>
          <button type="button" className="editor-tool" onClick={() => redoEdit(editorStore)} disabled={!canRedo(history)} title={`${t("editor.redo")} (Ctrl+Shift+Z)`} aria-label={t("editor.redo")} data-testid="editor-redo">
            <svg viewBox="0 0 24 24" aria-hidden="true" className="editor-icon"><path d="M15 14l5-5-5-5M20 9H10a6 6 0 0 0 0 12h3" /></svg>
          </button>
          <button type="button" className="button button--ghost editor-done" onClick={done} data-testid="editor-done">{t("editor.done")}</button>
        </div>
      </header>

      <div className="editor-panel__body">
        <AddMenu layout={draft} lng={lng} />
        {s.selected ? <ItemProperties layout={draft} selected={s.selected} lng={lng} /> : <ParkProperties layout={draft} />}
        <ItemList layout={draft} selected={s.selected} problems={problems} lng={lng} />
      </div>

      {/* What needs attention stays in sight above the save button, however far the panel is scrolled. */}
      <div className="editor-panel__attention">
        {showSaved && (
          <p className="editor-notice editor-notice--ok" role="status" data-testid="editor-saved">{t("editor.saved", { version: s.baseVersion })}</p>
        )}
        {s.warnings.map((w) => (
          <p key={w.slotId} className="editor-notice editor-notice--warn" role="status">{t("editor.warnings.slotHeld", { slot: w.slotId, company: w.companyName })}</p>
        ))}
        {s.error && <p className="editor-notice editor-notice--error" role="alert">{s.error}</p>}
        {newer && unsaved > 0 && roomLayout && (
          <div className="editor-notice editor-notice--warn" role="status">
            <strong>{t("editor.newer.title", { version: roomVersion })}</strong> {t("editor.newer.body", { base: s.baseVersion })}
            <button type="button" className="editor-link" onClick={() => rebaseOnto(editorStore, roomLayout, roomVersion)}>{t("editor.newer.rebase")}</button>
          </div>
        )}
        {heldRemoved.map((r) => (
          <p key={r.id} className="editor-notice editor-notice--warn">{t("editor.warnings.slotHeld", { slot: r.id, company: booths[r.id]!.name })}</p>
        ))}
        <ProblemList layout={draft} problems={problems} lng={lng} />
      </div>

      <footer className="editor-panel__foot">
        <button type="button" className="editor-link" onClick={() => setDialog("new-park")} data-testid="editor-new-park">{t("editor.newPark.open")}</button>
        <span className="editor-panel__spacer" />
        <button type="button" className="button button--ghost" disabled={unsaved === 0 || s.saving} onClick={() => setDialog("discard")} data-testid="editor-discard">
          {t("editor.discard")}
        </button>
        <button type="button" className="button button--primary" disabled={!canSave} onClick={saveNow} data-testid="editor-save">
          {s.saving ? t("editor.saving") : t("editor.save")}
        </button>
      </footer>

      {s.conflict && <ConflictDialog parkId={s.parkId} />}
      {dialog === "leave" && (
        <LeaveDialog title={t("editor.leave.title", { count: unsaved })} confirm={t("editor.leave.discard")}
          onConfirm={() => { setDialog(null); closeEditor(editorStore); }} onCancel={() => setDialog(null)} />
      )}
      {dialog === "discard" && (
        <LeaveDialog title={t("editor.discardConfirm")} confirm={t("editor.discard")}
          onConfirm={() => { setDialog(null); discard(); }} onCancel={() => setDialog(null)} />
      )}
      {dialog === "new-park" && <NewParkDialog onClose={() => setDialog(null)} />}
    </aside>
  );
}

/** Loads every park's arrival points once per editing session: portals are checked against them. */
function useParkOptions(parkId: string | null): void {
  useEffect(() => {
    if (!parkId) return;
    let live = true;
    void (async () => {
      const list = await fetchParks();
      if (!list.ok || !live) return;
      const details = await Promise.all(list.value.parks.map((p) => fetchPark(p.id)));
      // With one missing, portals into it would look broken: leave the check to the server then.
      if (!live || details.some((d) => !d.ok)) return;
      setParks(editorStore, list.value.parks.map((p, i) => {
        const d = details[i]!;
        return { id: p.id, name: p.name, spawnIds: d.ok ? d.value.layout.spawnPoints.map((sp) => sp.id) : [] };
      }));
    })();
    return () => { live = false; };
  }, [parkId]);
}
