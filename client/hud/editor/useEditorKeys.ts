import { useEffect } from "react";
import { canRotate, rotateItem } from "../../state/editorDraft.ts";
import { edit, editorStore, redoEdit, removeSelected, select, undoEdit } from "../../state/editor.ts";

const STEP = Math.PI / 12;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * The editor's keys: Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo, Q and E turn the selected
 * item 15° (90° with Shift), Delete removes it, Escape lets go of it, Ctrl+S saves. Keys typed
 * into a field stay in the field.
 */
export function useEditorKeys(save: () => void): void {
  useEffect(() => {
    const down = (e: KeyboardEvent) => {
      if (isTyping(e.target)) return;
      const mod = e.ctrlKey || e.metaKey;
      const key = e.key.toLowerCase();
      if (mod && key === "z") {
        e.preventDefault();
        if (e.shiftKey) redoEdit(editorStore);
        else undoEdit(editorStore);
      } else if (mod && key === "y") {
        e.preventDefault();
        redoEdit(editorStore);
      } else if (mod && key === "s") {
        e.preventDefault();
        save();
      } else if (!mod && !e.altKey && (e.code === "KeyQ" || e.code === "KeyE")) {
        const { selected } = editorStore.getState();
        if (!canRotate(selected)) return;
        e.preventDefault();
        const by = (e.code === "KeyQ" ? 1 : -1) * (e.shiftKey ? Math.PI / 2 : STEP);
        edit(editorStore, (d) => rotateItem(d, selected!, by));
      } else if (e.key === "Delete" || e.key === "Backspace") {
        if (!editorStore.getState().selected) return;
        e.preventDefault();
        removeSelected(editorStore);
      } else if (e.key === "Escape") {
        select(editorStore, null);
      }
    };
    window.addEventListener("keydown", down);
    return () => window.removeEventListener("keydown", down);
  }, [save]);
}
