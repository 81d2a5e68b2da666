import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useStore } from "zustand";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import { can } from "../../../shared/rules/permissions.ts";
import { closeEditor, editorStore, openEditor } from "../../state/editor.ts";
import { parkRoomStore } from "../../state/park.ts";
import { useSession } from "../../state/session.ts";

/**
 * "Edit park", for managers only (the server refuses anyone else anyway). Edit mode starts from
 * the layout the room shows, at its version; leaving the park ends it.
 */
export function EditParkButton({ layout }: { layout: ParkLayout }) {
  const { t } = useTranslation();
  const session = useSession();
  const editing = useStore(editorStore, (s) => s.parkId === layout.id);
  const version = useStore(parkRoomStore, (s) => s.layoutVersion);
  const parkId = layout.id;

  // Another park (a portal) or leaving the park ends edit mode: a draft belongs to its park.
  useEffect(() => () => {
    if (editorStore.getState().parkId === parkId) closeEditor(editorStore);
  }, [parkId]);

  if (!session || !can(session.user.role, "park.edit") || editing) return null;
  return (
    <button
      type="button"
      className="button button--dark editor-open"
      title={t("editor.openHint")}
      data-testid="edit-park"
      disabled={version === 0}
      onClick={() => openEditor(editorStore, layout.id, layout, version)}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" className="editor-icon">
        <path d="M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4" />
      </svg>
      {t("editor.open")}
    </button>
  );
}
