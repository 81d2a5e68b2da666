import { useEffect, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { useTranslation } from "react-i18next";
import { errorText } from "../../i18n/errorText.ts";
import { fetchPark } from "../../net/api.ts";
import { dismissConflict, editorStore, loadSaved, markFailed, rebaseOnto } from "../../state/editor.ts";

/**
 * A dimmed layer over the whole page for the editor's dialogs. It goes to the end of the body:
 * inside the panel, whose backdrop blur makes it the containing block, it would be cut to the panel.
 */
export function EditorOverlay({ children }: { children: ReactNode }) {
  return createPortal(<div className="park-overlay park-overlay--dim editor-overlay">{children}</div>, document.body);
}

/**
 * Another manager saved first. The draft stays until this manager chooses: their changes made
 * again on the newest version, that version instead of theirs, or simply keep editing.
 */
export function ConflictDialog({ parkId }: { parkId: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);

  const withNewest = async (then: (layout: Parameters<typeof loadSaved>[1], version: number) => void) => {
    setBusy(true);
    const r = await fetchPark(parkId);
    setBusy(false);
    if (r.ok) then(r.value.layout, r.value.version);
    else {
      dismissConflict(editorStore);
      markFailed(editorStore, errorText(t, r.error));
    }
  };

  return (
    <EditorOverlay>
      <div className="editor-dialog" role="alertdialog" aria-modal="true" aria-labelledby="editor-conflict-title" aria-describedby="editor-conflict-body" data-testid="editor-conflict">
        <h2 id="editor-conflict-title">{t("editor.conflict.title")}</h2>
        <p id="editor-conflict-body">{t("editor.conflict.body")}</p>
        <div className="editor-dialog__choices">
          <button ref={first} type="button" className="editor-choice editor-choice--primary" disabled={busy} data-testid="editor-conflict-rebase"
            onClick={() => void withNewest((layout, version) => rebaseOnto(editorStore, layout, version))}>
            <strong>{t("editor.conflict.rebase")}</strong>
            <small>{t("editor.conflict.rebaseHint")}</small>
          </button>
          <button type="button" className="editor-choice" disabled={busy} data-testid="editor-conflict-reload"
            onClick={() => void withNewest((layout, version) => loadSaved(editorStore, layout, version))}>
            <strong>{t("editor.conflict.reload")}</strong>
            <small>{t("editor.conflict.reloadHint")}</small>
          </button>
        </div>
        <div className="editor-dialog__actions">
          <button type="button" className="button button--ghost" disabled={busy} onClick={() => dismissConflict(editorStore)}>{t("editor.conflict.keep")}</button>
        </div>
      </div>
    </EditorOverlay>
  );
}

/** "Throw away your changes?": the safe choice has the focus. */
export function LeaveDialog({ title, confirm, onConfirm, onCancel }: { title: string; confirm: string; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    stay.current?.focus();
    const key = (e: KeyboardEvent) => { if (e.key === "Escape") onCancel(); };
    window.addEventListener("keydown", key);
    return () => window.removeEventListener("keydown", key);
  }, [onCancel]);
  return (
    <EditorOverlay>
      <div className="editor-dialog" role="alertdialog" aria-modal="true" aria-labelledby="editor-leave-title" data-testid="editor-confirm">
        <h2 id="editor-leave-title">{title}</h2>
        <p>{t("editor.leave.body")}</p>
        <div className="editor-dialog__actions">
          <button type="button" className="button button--ghost editor-danger" onClick={onConfirm} data-testid="editor-confirm-discard">{confirm}</button>
          <button ref={stay} type="button" className="button button--primary" onClick={onCancel}>{t("editor.leave.stay")}</button>
        </div>
      </div>
    </EditorOverlay>
  );
}
