import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import type { LayoutProblem } from "../../../shared/rules/layoutValidation.ts";
import type { Language } from "../../i18n/language.ts";
import { editorStore, focusItem } from "../../state/editor.ts";
import { EDITABLE_KINDS, listOf, sameRef, type EditableKind, type ItemRef } from "../../state/editorDraft.ts";
import { Section } from "./fields.tsx";
import { itemName } from "./itemNames.ts";
import { KindIcon } from "./KindIcon.tsx";

/**
 * Everything the manager can edit, by kind. Choosing a row selects the item and brings it into
 * view. Only open groups list their rows, so hundreds of decorations cost nothing while closed.
 */
export function ItemList({ layout, selected, problems, lng }: {
  layout: ParkLayout; selected: ItemRef | null; problems: LayoutProblem[]; lng: Language;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<EditableKind>>(() => new Set(["boothSlot"]));
  const troubled = new Set(problems.map((p) => `${p.item.kind}:${p.item.id}`));

  // The group of whatever gets selected (in the scene, or just added) opens to show it.
  const selectedKind = selected?.kind;
  useEffect(() => {
    if (selectedKind) setOpen((o) => (o.has(selectedKind) ? o : new Set([...o, selectedKind])));
  }, [selectedKind]);

  const toggle = (kind: EditableKind) => setOpen((o) => {
    const next = new Set(o);
    if (!next.delete(kind)) next.add(kind);
    return next;
  });

  return (
    <Section title={t("editor.list.title")}>
      <div className="editor-list">
        {EDITABLE_KINDS.map((kind) => {
          const items = listOf(layout, kind);
          const isOpen = open.has(kind);
          const bad = items.filter((i) => troubled.has(`${kind}:${i.id}`)).length;
          return (
            <div key={kind} className="editor-list__group">
              <button type="button" className="editor-list__head" aria-expanded={isOpen} onClick={() => toggle(kind)} data-testid={`editor-group-${kind}`}>
                <span className={`editor-list__caret${isOpen ? " editor-list__caret--open" : ""}`} aria-hidden="true">›</span>
                <KindIcon kind={kind} />
                <span className="editor-list__name">{t(`editor.groups.${kind}`)}</span>
                {bad > 0 && <span className="editor-badge editor-badge--bad" title={t("editor.list.problem")}>{bad}</span>}
                <span className="editor-badge">{items.length}</span>
              </button>
              {isOpen && (
                <ul className="editor-list__items">
                  {items.length === 0 && <li className="editor-hint">{t("editor.list.empty")}</li>}
                  {items.map((item) => {
                    const ref = { kind, id: item.id };
                    const name = itemName(t, layout, kind, item.id, lng);
                    const current = sameRef(ref, selected);
                    return (
                      <li key={item.id}>
                        <button type="button" className={`editor-list__item${current ? " editor-list__item--current" : ""}`}
                          aria-current={current || undefined} data-testid={`editor-item-${item.id}`} onClick={() => focusItem(editorStore, ref)}>
                          <span className="editor-list__label">{name}</span>
                          {name !== item.id && <span className="editor-list__id">{item.id}</span>}
                          {troubled.has(`${kind}:${item.id}`) && <span className="editor-dot" title={t("editor.list.problem")} />}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
            </div>
          );
        })}
      </div>
    </Section>
  );
}
