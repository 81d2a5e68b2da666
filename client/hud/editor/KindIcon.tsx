import type { LayoutItemKind } from "../../../shared/rules/layoutValidation.ts";

/** Small line drawings, one per kind of item, in the style of the emote bar's icons. */
const PATHS: Record<LayoutItemKind, string> = {
  boothSlot: "M4 20V10l8-5 8 5v10M4 10h16M8 20v-5h8v5",
  door: "M6 21V4h12v17M4 21h16M14.5 12.5h.01",
  board: "M4 5h16v10H4zM8 15v5M16 15v5M7 9h10M7 12h6",
  portal: "M6 21V9a6 6 0 0 1 12 0v12M9 21v-9a3 3 0 0 1 6 0v9",
  zone: "M4 6l5-2 6 2 5-2v14l-5 2-6-2-5 2zM9 4v14M15 6v14",
  decoration: "M12 3l5 8h-3l4 6H6l4-6H7zM12 17v4",
  spawnPoint: "M12 21s-6-5.5-6-10a6 6 0 0 1 12 0c0 4.5-6 10-6 10zM12 8.5v5M9.5 11h5",
  building: "M5 21V5h9v16M14 9h5v12M8 9h3M8 13h3M8 17h3",
};

export function KindIcon({ kind }: { kind: LayoutItemKind }) {
  return (
    <svg className="editor-icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d={PATHS[kind]} />
    </svg>
  );
}
