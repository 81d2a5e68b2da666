import type { TFunction } from "i18next";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import type { LayoutItemKind, LayoutProblem } from "../../../shared/rules/layoutValidation.ts";
import type { Language } from "../../i18n/language.ts";

/** What people call an item: its label, title or name in their language, what it is (a decoration), or else its id. */
export function itemName(t: TFunction, layout: ParkLayout, kind: LayoutItemKind, id: string, lng: Language): string {
  switch (kind) {
    case "decoration": {
      const deco = layout.decorations.find((d) => d.id === id);
      return deco ? t(`editor.decorationKinds.${deco.kind}`) : id;
    }
    case "door": return layout.doors.find((d) => d.id === id)?.label?.[lng] ?? id;
    case "board": return layout.boards.find((b) => b.id === id)?.title[lng] ?? id;
    case "portal": return layout.portals.find((p) => p.id === id)?.label[lng] ?? id;
    case "zone": return layout.zones.find((z) => z.id === id)?.name[lng] ?? id;
    case "building": return layout.buildings.find((b) => b.id === id)?.name?.[lng] ?? id;
    default: return id;
  }
}

/** "Booth slot booth-3", "Door “Meeting room A”": the kind, then the name. */
export function describeItem(t: TFunction, layout: ParkLayout, kind: LayoutItemKind, id: string, lng: Language): string {
  const name = itemName(t, layout, kind, id, lng);
  return t("editor.itemNamed", { kind: t(`editor.kinds.${kind}`), name: name === id ? id : t("editor.quoted", { name }) });
}

/** A placement problem in the manager's language (the server's own words are in English). */
export function problemText(t: TFunction, layout: ParkLayout, problem: LayoutProblem, lng: Language): string {
  const item = describeItem(t, layout, problem.item.kind, problem.item.id, lng);
  switch (problem.code) {
    case "outside": return t("editor.problems.outside", { item });
    case "overlap": return t("editor.problems.overlap", { item, other: describeItem(t, layout, problem.other.kind, problem.other.id, lng) });
    case "unknown-zone": return t("editor.problems.unknownZone", { item, zone: problem.zoneId });
    case "duplicate-id": return t("editor.problems.duplicateId", { item, id: problem.item.id });
    case "unknown-park": return t("editor.problems.unknownPark", { item, park: problem.parkId });
    case "unknown-spawn": return t("editor.problems.unknownSpawn", { item, park: problem.parkId, spawn: problem.spawnId });
    case "unknown-room": return t("editor.problems.unknownRoom", { item });
    case "room-door-twice": return t("editor.problems.roomDoorTwice", { item, other: describeItem(t, layout, problem.other.kind, problem.other.id, lng) });
  }
}
