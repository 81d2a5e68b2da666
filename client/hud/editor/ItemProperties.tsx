import { useTranslation } from "react-i18next";
import { useStore } from "zustand";
import { BoardKind, DecorationKind, ZoneKind, type ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import type { Language } from "../../i18n/language.ts";
import { edit, editorStore, removeSelected } from "../../state/editor.ts";
import {
  canRemove, canRotate, findItem, itemCentre, moveItem, rotateItem, setRotation, updateItem, updatePark, type ItemRef,
} from "../../state/editorDraft.ts";
import { parkRoomStore } from "../../state/park.ts";
import { DoorRoomField } from "./DoorRoomField.tsx";
import { NumberField, Section, SelectField, TextPair } from "./fields.tsx";
import { describeItem, itemName } from "./itemNames.ts";
import { KindIcon } from "./KindIcon.tsx";

const DEG = 180 / Math.PI;
const STEP = Math.PI / 12;

/** The selected item's position, facing and own fields, and a button to remove it. */
export function ItemProperties({ layout, selected, lng }: { layout: ParkLayout; selected: ItemRef; lng: Language }) {
  const { t } = useTranslation();
  const booths = useStore(parkRoomStore, (s) => s.booths);
  const centre = itemCentre(layout, selected);
  if (!centre) return null;
  const change = (next: (d: ParkLayout) => ParkLayout) => edit(editorStore, next);
  const rotation = (findItem(layout, selected) as { rotation?: number } | undefined)?.rotation ?? 0;
  const zoneOptions = layout.zones.map((z) => ({ value: z.id, label: z.name[lng] }));
  const removable = canRemove(layout, selected);

  return (
    <Section title={t("editor.props.selected")}>
      <div className="editor-selected" data-testid="editor-selected" data-kind={selected.kind} data-id={selected.id}>
        <KindIcon kind={selected.kind} />
        <div>
          <strong>{describeItem(t, layout, selected.kind, selected.id, lng)}</strong>
          {itemName(t, layout, selected.kind, selected.id, lng) !== selected.id && <small>{t("editor.props.id", { id: selected.id })}</small>}
        </div>
      </div>
      <div className="editor-grid">
        <NumberField label={t("editor.props.x")} value={centre.x} suffix={t("editor.props.metres")} min={0} max={layout.size.width} testId="editor-x"
          onCommit={(x) => change((d) => moveItem(d, selected, x, centre.z))} />
        <NumberField label={t("editor.props.z")} value={centre.z} suffix={t("editor.props.metres")} min={0} max={layout.size.depth} testId="editor-z"
          onCommit={(z) => change((d) => moveItem(d, selected, centre.x, z))} />
      </div>
      {canRotate(selected) && (
        <div className="editor-rotate">
          <NumberField label={t("editor.props.rotation")} value={Math.round(rotation * DEG)} step={15} suffix={t("editor.props.degrees")} testId="editor-rotation"
            onCommit={(deg) => change((d) => setRotation(d, selected, deg / DEG))} />
          <button type="button" className="editor-tool" title={`${t("editor.props.rotateLeft")} (Q)`} aria-label={t("editor.props.rotateLeft")} data-testid="editor-rotate-left"
            onClick={() => change((d) => rotateItem(d, selected, STEP))}>
            <svg viewBox="0 0 24 24" aria-hidden="true" className="editor-icon"><path d="M4 4v6h6M4.5 10A8 8 0 1 1 6 17" /></svg>
          </button>
          <button type="button" className="editor-tool" title={`${t("editor.props.rotateRight")} (E)`} aria-label={t("editor.props.rotateRight")} data-testid="editor-rotate-right"
            onClick={() => change((d) => rotateItem(d, selected, -STEP))}>
            <svg viewBox="0 0 24 24" aria-hidden="true" className="editor-icon"><path d="M20 4v6h-6M19.5 10A8 8 0 1 0 18 17" /></svg>
          </button>
        </div>
      )}
      <KindFields layout={layout} selected={selected} lng={lng} zoneOptions={zoneOptions} />
      {selected.kind === "boothSlot" && booths[selected.id] && (
        <p className="editor-hint editor-hint--strong">{t("editor.props.heldBy", { company: booths[selected.id]!.name })}</p>
      )}
      <div className="editor-selected__actions">
        <button type="button" className="button button--ghost editor-danger" disabled={!removable} onClick={() => removeSelected(editorStore)} data-testid="editor-remove">
          {t("editor.props.remove")}
        </button>
        {!removable && <small className="editor-hint">{t("editor.props.cannotRemoveLast")}</small>}
      </div>
    </Section>
  );
}

function KindFields({ layout, selected, lng, zoneOptions }: {
  layout: ParkLayout; selected: ItemRef; lng: Language; zoneOptions: Array<{ value: string; label: string }>;
}) {
  const { t } = useTranslation();
  const parks = useStore(editorStore, (s) => s.parks);
  const id = selected.id;
  switch (selected.kind) {
    case "boothSlot": {
      const slot = findItem(layout, { kind: "boothSlot", id })!;
      return <SelectField label={t("editor.props.zone")} value={slot.zoneId} options={zoneOptions}
        onChange={(zoneId) => edit(editorStore, (d) => updateItem(d, { kind: "boothSlot", id }, { zoneId }))} />;
    }
    case "door": {
      const door = findItem(layout, { kind: "door", id })!;
      return (
        <>
          <SelectField label={t("editor.props.zone")} value={door.zoneId} options={zoneOptions}
            onChange={(zoneId) => edit(editorStore, (d) => updateItem(d, { kind: "door", id }, { zoneId }))} />
          <TextPair label={t("editor.props.label")} value={door.label ?? { "zh-CN": id, en: id }}
            onCommit={(label) => edit(editorStore, (d) => updateItem(d, { kind: "door", id }, { label }))} />
          <DoorRoomField doorId={id} roomId={door.meetingRoomId} />
        </>
      );
    }
    case "board": {
      const board = findItem(layout, { kind: "board", id })!;
      return (
        <>
          <SelectField label={t("editor.props.kind")} value={board.kind} options={BoardKind.options.map((k) => ({ value: k, label: t(`editor.boardKinds.${k}`) }))}
            onChange={(kind) => edit(editorStore, (d) => updateItem(d, { kind: "board", id }, { kind }))} />
          <SelectField label={t("editor.props.zone")} value={board.zoneId ?? ""} options={[{ value: "", label: t("editor.props.noZone") }, ...zoneOptions]}
            onChange={(zoneId) => edit(editorStore, (d) => updateItem(d, { kind: "board", id }, { zoneId: zoneId || undefined }))} />
          <TextPair label={t("editor.props.title")} value={board.title} testId="editor-board-title"
            onCommit={(title) => edit(editorStore, (d) => updateItem(d, { kind: "board", id }, { title }))} />
        </>
      );
    }
    case "portal": {
      const portal = findItem(layout, { kind: "portal", id })!;
      // This park as edited, and the others as saved.
      const targets = [
        { id: layout.id, label: t("editor.props.thisPark", { name: layout.name[lng] }), spawnIds: layout.spawnPoints.map((s) => s.id) },
        ...parks.filter((p) => p.id !== layout.id).map((p) => ({ id: p.id, label: p.name[lng], spawnIds: p.spawnIds })),
      ];
      if (!targets.some((p) => p.id === portal.targetParkId)) targets.push({ id: portal.targetParkId, label: portal.targetParkId, spawnIds: [] });
      const target = targets.find((p) => p.id === portal.targetParkId)!;
      const spawns = target.spawnIds.includes(portal.targetSpawnId) ? target.spawnIds : [portal.targetSpawnId, ...target.spawnIds];
      return (
        <>
          <NumberField label={t("editor.props.radius")} value={portal.radius} step={0.5} min={1} max={10} suffix={t("editor.props.metres")}
            onCommit={(radius) => edit(editorStore, (d) => updateItem(d, { kind: "portal", id }, { radius }))} />
          <SelectField label={t("editor.props.targetPark")} value={portal.targetParkId} options={targets.map((p) => ({ value: p.id, label: p.label }))}
            onChange={(parkId) => {
              const next = targets.find((p) => p.id === parkId);
              edit(editorStore, (d) => updateItem(d, { kind: "portal", id }, { targetParkId: parkId, targetSpawnId: next?.spawnIds[0] ?? portal.targetSpawnId }));
            }} />
          <SelectField label={t("editor.props.targetSpawn")} value={portal.targetSpawnId} options={spawns.map((s) => ({ value: s, label: s }))}
            onChange={(targetSpawnId) => edit(editorStore, (d) => updateItem(d, { kind: "portal", id }, { targetSpawnId }))} />
          <TextPair label={t("editor.props.label")} value={portal.label}
            onCommit={(label) => edit(editorStore, (d) => updateItem(d, { kind: "portal", id }, { label }))} />
        </>
      );
    }
    case "decoration": {
      const deco = findItem(layout, { kind: "decoration", id })!;
      return <SelectField label={t("editor.props.kind")} value={deco.kind} options={DecorationKind.options.map((k) => ({ value: k, label: t(`editor.decorationKinds.${k}`) }))}
        onChange={(kind) => edit(editorStore, (d) => updateItem(d, { kind: "decoration", id }, { kind }))} />;
    }
    case "zone": {
      const zone = findItem(layout, { kind: "zone", id })!;
      return (
        <>
          <SelectField label={t("editor.props.kind")} value={zone.kind} options={ZoneKind.options.map((k) => ({ value: k, label: t(`editor.zoneKinds.${k}`) }))}
            onChange={(kind) => edit(editorStore, (d) => updateItem(d, { kind: "zone", id }, { kind }))} />
          <TextPair label={t("editor.props.name")} value={zone.name}
            onCommit={(name) => edit(editorStore, (d) => updateItem(d, { kind: "zone", id }, { name }))} />
          <p className="editor-hint">{t("editor.props.zoneMoveHint")}</p>
        </>
      );
    }
    case "spawnPoint":
      return null;
  }
}

/** With nothing selected: the park's own names, which the title bar and the park list show. */
export function ParkProperties({ layout }: { layout: ParkLayout }) {
  const { t } = useTranslation();
  return (
    <Section title={t("editor.props.park")}>
      <p className="editor-hint">{t("editor.props.parkHint")}</p>
      <TextPair label={t("editor.props.name")} value={layout.name} testId="editor-park-name"
        onCommit={(name) => edit(editorStore, (d) => updatePark(d, { name }))} />
      <TextPair label={t("editor.props.city")} value={layout.city}
        onCommit={(city) => edit(editorStore, (d) => updatePark(d, { city }))} />
      <TextPair label={t("editor.props.description")} value={layout.description} max={600} multiline
        onCommit={(description) => edit(editorStore, (d) => updatePark(d, { description }))} />
    </Section>
  );
}
