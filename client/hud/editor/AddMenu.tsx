import { useTranslation } from "react-i18next";
import { useStore } from "zustand";
import { BoardKind, DecorationKind, type ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import type { Language } from "../../i18n/language.ts";
import { draftOf, edit, editorStore, editorView } from "../../state/editor.ts";
import { addItem, type EditableKind, type NewItemOptions } from "../../state/editorDraft.ts";
import { Section } from "./fields.tsx";
import { KindIcon } from "./KindIcon.tsx";

const SIMPLE: readonly EditableKind[] = ["boothSlot", "door", "portal", "zone", "spawnPoint"];

/** Buttons that add each kind of thing in the middle of the view, on clear ground nearby. */
export function AddMenu({ layout, lng }: { layout: ParkLayout; lng: Language }) {
  const { t } = useTranslation();
  const parks = useStore(editorStore, (s) => s.parks);

  const add = (kind: EditableKind, options: NewItemOptions = {}) => {
    const draft = draftOf(editorStore.getState());
    if (!draft) return;
    const added = addItem(draft, kind, editorView.x, editorView.z, options);
    edit(editorStore, () => added.layout, added.ref);
  };

  // A new portal leads to the first other park, where it is named after; else within this park.
  const portalOptions = (): NewItemOptions => {
    const other = parks.find((p) => p.id !== layout.id && p.spawnIds.length > 0);
    if (!other) return {};
    const cut = (s: string) => s.slice(0, 80);
    return {
      portalTarget: {
        parkId: other.id, spawnId: other.spawnIds[0]!,
        label: { "zh-CN": cut(`前往${other.name["zh-CN"]}`), en: cut(`To ${other.name.en}`) },
      },
    };
  };

  return (
    <Section title={t("editor.add.title")}>
      <div className="editor-add" data-lng={lng}>
        {SIMPLE.map((kind) => (
          <button key={kind} type="button" className="editor-add__button" data-testid={`editor-add-${kind}`}
            onClick={() => add(kind, kind === "portal" ? portalOptions() : {})}>
            <KindIcon kind={kind} />
            <span>{t(`editor.add.${kind}`)}</span>
          </button>
        ))}
      </div>
      <div className="editor-add__row">
        <span className="editor-add__label"><KindIcon kind="board" />{t("editor.groups.board")}</span>
        {BoardKind.options.map((k) => (
          <button key={k} type="button" className="editor-chip-button" data-testid={`editor-add-board-${k}`} onClick={() => add("board", { boardKind: k })}>
            {t(`editor.boardKinds.${k}`)}
          </button>
        ))}
      </div>
      <div className="editor-add__row">
        <span className="editor-add__label"><KindIcon kind="decoration" />{t("editor.groups.decoration")}</span>
        {DecorationKind.options.map((k) => (
          <button key={k} type="button" className="editor-chip-button" data-testid={`editor-add-decoration-${k}`} onClick={() => add("decoration", { decorationKind: k })}>
            {t(`editor.decorationKinds.${k}`)}
          </button>
        ))}
      </div>
      <p className="editor-hint">{t("editor.add.hint")}</p>
    </Section>
  );
}
