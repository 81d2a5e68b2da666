import { useStore } from "zustand";
import { createStore } from "zustand/vanilla";
import type { LayoutWarning } from "../../shared/protocol/parkEditor.ts";
import type { LocalizedText, ParkLayout } from "../../shared/protocol/parkLayout.ts";
import { canRemove, findItem, itemCentre, moveItem, rebaseDraft, removeItem, type ItemRef } from "./editorDraft.ts";
import { preview, record, redo, startHistory, undo, type History } from "./editorHistory.ts";

/**
 * The park editor's state: which park is being edited, from which saved version, the draft with
 * its undo history since the last save, what is selected, and how the last save went. The world
 * draws the draft while editing; the HUD edits it through the actions below.
 */
export interface EditorState {
  /** The park being edited; null when not editing. */
  parkId: string | null;
  /** The version the draft was started from (or last saved as): a save sends it. */
  baseVersion: number;
  /** The layout at `baseVersion`, to tell what the draft changed. */
  base: ParkLayout | null;
  history: History<ParkLayout> | null;
  selected: ItemRef | null;
  /** The draft as it was when a drag began; null when nothing is being dragged. */
  dragFrom: ParkLayout | null;
  saving: boolean;
  /** Someone else saved first: the server's words. The draft is kept until the manager chooses. */
  conflict: string | null;
  /** A save that failed for another reason, in words. */
  error: string | null;
  /** What the last save reported (a removed slot that a company holds). */
  warnings: LayoutWarning[];
  /** When the last save succeeded (Date.now()), to say so for a moment. */
  savedAt: number | null;
  /** The parks a portal may lead to, with their arrival points (loaded when editing starts). */
  parks: ParkOption[];
  /** Where the camera was last asked to look (an item chosen from the list); `seq` tells requests apart. */
  focus: { x: number; z: number; seq: number } | null;
}

export const initialEditorState = (): EditorState => ({
  parkId: null, baseVersion: 0, base: null, history: null, selected: null, dragFrom: null,
  saving: false, conflict: null, error: null, warnings: [], savedAt: null, parks: [], focus: null,
});

export interface ParkOption { id: string; name: LocalizedText; spawnIds: string[] }

export const createEditorStore = () => createStore<EditorState>(() => initialEditorState());
export type EditorStore = ReturnType<typeof createEditorStore>;
export const editorStore: EditorStore = createEditorStore();

/**
 * Where the editor camera looks, on the ground: new items are placed there. Written by the world
 * every frame, read by the HUD when a button is pressed (never through React).
 */
export const editorView = { x: 0, z: 0 };

export const draftOf = (s: EditorState): ParkLayout | null => s.history?.present ?? null;

export function openEditor(store: EditorStore, parkId: string, layout: ParkLayout, version: number): void {
  store.setState({ ...initialEditorState(), parkId, baseVersion: version, base: layout, history: startHistory(layout) });
}

export function closeEditor(store: EditorStore): void {
  store.setState(initialEditorState());
}

export function select(store: EditorStore, ref: ItemRef | null): void {
  const draft = draftOf(store.getState());
  store.setState({ selected: ref && draft && findItem(draft, ref) ? ref : null });
}

/** Selects an item and asks the camera to look at it. */
export function focusItem(store: EditorStore, ref: ItemRef): void {
  const s = store.getState();
  const draft = draftOf(s);
  const centre = draft ? itemCentre(draft, ref) : null;
  if (!centre) return;
  store.setState({ selected: ref, focus: { ...centre, seq: (s.focus?.seq ?? 0) + 1 } });
}

/** One undoable change to the draft; `selected` becomes what the change is about, when given. */
export function edit(store: EditorStore, change: (draft: ParkLayout) => ParkLayout, selected?: ItemRef | null): void {
  const { history, dragFrom } = store.getState();
  if (!history || dragFrom) return;
  const next = change(history.present);
  store.setState({ history: record(history, next), error: null, ...(selected !== undefined ? { selected } : {}) });
}

export function removeSelected(store: EditorStore): void {
  const { selected, history } = store.getState();
  if (!selected || !history || !canRemove(history.present, selected)) return;
  edit(store, (d) => removeItem(d, selected), null);
}

/** A drag of the selected item: the moves between begin and end are one undo step. */
export function beginDrag(store: EditorStore, ref: ItemRef): void {
  const { history } = store.getState();
  if (!history) return;
  store.setState({ selected: ref, dragFrom: history.present });
}

export function dragTo(store: EditorStore, x: number, z: number): void {
  const { history, dragFrom, selected } = store.getState();
  if (!history || !dragFrom || !selected) return;
  const next = moveItem(history.present, selected, x, z);
  if (next !== history.present) store.setState({ history: preview(history, next) });
}

export function endDrag(store: EditorStore): void {
  const { history, dragFrom } = store.getState();
  if (!history || !dragFrom) return;
  store.setState({ history: record(history, history.present, dragFrom), dragFrom: null });
}

/** Undo and redo keep the selection when the item still exists. */
export function undoEdit(store: EditorStore): void {
  const { history, dragFrom, selected } = store.getState();
  if (!history || dragFrom) return;
  const next = undo(history);
  store.setState({ history: next, selected: selected && findItem(next.present, selected) ? selected : null });
}

export function redoEdit(store: EditorStore): void {
  const { history, dragFrom, selected } = store.getState();
  if (!history || dragFrom) return;
  const next = redo(history);
  store.setState({ history: next, selected: selected && findItem(next.present, selected) ? selected : null });
}

export function markSaving(store: EditorStore): void {
  store.setState({ saving: true, error: null, conflict: null });
}

/** The draft that was sent is now the saved layout: the history starts again from it. */
export function markSaved(store: EditorStore, sent: ParkLayout, version: number, warnings: LayoutWarning[], now: number): void {
  const { history, selected } = store.getState();
  if (!history) return;
  // Edits made while the save was under way stay in the draft, undoable back to what was saved.
  const rest = history.present === sent ? startHistory(sent) : { past: [sent], present: history.present, future: [] };
  store.setState({ saving: false, base: sent, baseVersion: version, history: rest, warnings, savedAt: now, selected });
}

export function markConflict(store: EditorStore, message: string): void {
  store.setState({ saving: false, conflict: message });
}

export function markFailed(store: EditorStore, message: string): void {
  store.setState({ saving: false, error: message });
}

export function dismissConflict(store: EditorStore): void {
  store.setState({ conflict: null });
}

/** Throws the draft away for the newest saved layout. */
export function loadSaved(store: EditorStore, layout: ParkLayout, version: number): void {
  const { parkId, selected, parks } = store.getState();
  if (!parkId) return;
  openEditor(store, parkId, layout, version);
  store.setState({ parks, selected: selected && findItem(layout, selected) ? selected : null });
}

export function setParks(store: EditorStore, parks: ParkOption[]): void {
  store.setState({ parks });
}

/** Each park's arrival points, for the placement rules to check where portals lead. */
export const parkDirectory = (parks: readonly ParkOption[]): ReadonlyMap<string, readonly string[]> | undefined =>
  parks.length > 0 ? new Map(parks.map((p) => [p.id, p.spawnIds])) : undefined;

/**
 * Keeps the manager's changes but makes them again on the newest saved layout (someone else's),
 * so their work survives and theirs is not overwritten. One undo step goes back to theirs.
 */
export function rebaseOnto(store: EditorStore, theirs: ParkLayout, version: number): void {
  const { base, history, selected } = store.getState();
  if (!base || !history) return;
  const mine = rebaseDraft(base, history.present, theirs);
  store.setState({
    base: theirs, baseVersion: version, conflict: null, error: null,
    history: mine === theirs ? startHistory(theirs) : record(startHistory(theirs), mine),
    selected: selected && findItem(mine, selected) ? selected : null,
  });
}

/** The layout the world and the HUD show for `stored`: the draft while editing that park. */
export function useEditedLayout(stored: ParkLayout): ParkLayout {
  const draft = useStore(editorStore, (s) => (s.parkId === stored.id ? draftOf(s) : null));
  return draft ?? stored;
}

export const useEditing = (parkId: string): boolean => useStore(editorStore, (s) => s.parkId === parkId);

