import { useThree } from "@react-three/fiber";
import { memo, useEffect, useLayoutEffect, useMemo } from "react";
import { BoxGeometry, CanvasTexture, MeshStandardMaterial, SRGBColorSpace } from "three";
import type { Board, BoardKind } from "../../../shared/protocol/parkLayout.ts";
import { BOARD_SIZES } from "../../../shared/rules/layoutValidation.ts";
import type { Language } from "../../i18n/language.ts";
import { EventsBoardFace } from "./EventsBoardFace.tsx";
import { TaskBoardFace } from "./TaskBoardFace.tsx";

/** Height of a board's panel and of its lower edge above the ground, by kind. */
const PANEL: Record<BoardKind, { height: number; bottom: number }> = {
  notice: { height: 1.5, bottom: 0.8 },
  events: { height: 1.7, bottom: 0.8 },
  "task-board": { height: 2.2, bottom: 0.6 },
};

/** Each kind has its colour, so a task board is told from a notice board across the plaza. */
const ACCENT: Record<BoardKind, string> = { notice: "#1f7a8c", events: "#e07a5f", "task-board": "#c98a10" };

const FONT = '"Inter", "Segoe UI", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';
const PIXELS_PER_METRE = 200;

/** What a board of each kind shows under its title, drawn in code (nothing is downloaded). */
function drawContent(g: CanvasRenderingContext2D, kind: BoardKind, w: number, top: number, h: number): void {
  const pad = 28;
  if (kind === "notice") {
    // Pinned sheets of paper at slight angles.
    const sheets = Math.max(2, Math.floor(w / 150));
    for (let i = 0; i < sheets; i++) {
      const sw = (w - pad * 2) / sheets - 18;
      const x = pad + i * (sw + 18);
      g.save();
      g.translate(x + sw / 2, top + 24 + (h - 48) / 2);
      g.rotate(((i * 37) % 7 - 3) * 0.012);
      g.fillStyle = i % 3 === 1 ? "#fff7d6" : "#ffffff";
      g.fillRect(-sw / 2, -(h - 60) / 2, sw, h - 60);
      g.fillStyle = "#c9d4d6";
      for (let l = 0; l < 5; l++) g.fillRect(-sw / 2 + 14, -(h - 60) / 2 + 26 + l * 22, sw * (l === 4 ? 0.45 : 0.8), 8);
      g.fillStyle = "#e07a5f";
      g.beginPath();
      g.arc(0, -(h - 60) / 2 + 8, 7, 0, Math.PI * 2);
      g.fill();
      g.restore();
    }
  } else if (kind === "task-board") {
    // A grid of task cards, a few marked as taken.
    const cols = Math.max(3, Math.floor(w / 170));
    const rows = 3;
    const cw = (w - pad * 2 - (cols - 1) * 14) / cols;
    const ch = (h - 40 - (rows - 1) * 14) / rows;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const x = pad + c * (cw + 14);
        const y = top + 20 + r * (ch + 14);
        g.fillStyle = "#ffffff";
        g.fillRect(x, y, cw, ch);
        g.fillStyle = (r * cols + c) % 4 === 2 ? "#22a06b" : "#f2b544";
        g.fillRect(x, y, 8, ch);
        g.fillStyle = "#c9d4d6";
        g.fillRect(x + 20, y + 16, cw * 0.6, 9);
        g.fillRect(x + 20, y + 34, cw * 0.4, 9);
      }
    }
  } else {
    // A programme: date blocks with lines of text.
    const rows = 3;
    const rh = (h - 40) / rows;
    for (let r = 0; r < rows; r++) {
      const y = top + 20 + r * rh;
      g.fillStyle = "#e07a5f";
      g.fillRect(pad, y + 6, 64, rh - 18);
      g.fillStyle = "#ffffff";
      g.fillRect(pad + 14, y + 16, 36, 10);
      g.fillStyle = "#c9d4d6";
      g.fillRect(pad + 86, y + 12, (w - pad * 2 - 100) * 0.75, 10);
      g.fillRect(pad + 86, y + 34, (w - pad * 2 - 100) * 0.5, 10);
    }
  }
}

/** The board's face: a coloured title bar over its contents, at 200 pixels a metre. */
function drawFace(canvas: HTMLCanvasElement, kind: BoardKind, title: string): void {
  const g = canvas.getContext("2d");
  if (!g) return;
  const { width: w, height: h } = canvas;
  g.fillStyle = kind === "notice" ? "#d8b98c" : "#eef2f1";
  g.fillRect(0, 0, w, h);
  const bar = Math.min(96, h * 0.28);
  g.fillStyle = ACCENT[kind];
  g.fillRect(0, 0, w, bar);
  g.fillStyle = "#ffffff";
  g.textBaseline = "middle";
  g.textAlign = "center";
  let size = Math.round(bar * 0.56);
  g.font = `700 ${size}px ${FONT}`;
  while (size > 18 && g.measureText(title).width > w - 40) g.font = `700 ${--size}px ${FONT}`;
  g.fillText(title, w / 2, bar / 2 + 2, w - 40);
  drawContent(g, kind, w, bar, h - bar);
}

/** Boards are few (at most 64), each with its own face; posts and frames share geometry. */
const shared = {
  post: new BoxGeometry(0.12, 1, 0.12).translate(0, 0.5, 0),
  panel: new BoxGeometry(1, 1, 0.1),
  frame: new MeshStandardMaterial({ color: "#23393c", roughness: 0.6, metalness: 0.2 }),
};

/** Notice boards, task boards and event boards placed by managers, facing local +z. */
export function Boards({ boards, lng, parkId }: { boards: readonly Board[]; lng: Language; parkId: string }) {
  return (
    <>
      {boards.map((b) => (
        <BoardStand key={b.id} board={b} title={b.title[lng]} parkId={parkId} />
      ))}
    </>
  );
}

const BoardStand = memo(function BoardStand({ board, title, parkId }: { board: Board; title: string; parkId: string }) {
  const { kind } = board;
  const width = BOARD_SIZES[kind].width;
  const { height, bottom } = PANEL[kind];
  const invalidate = useThree((s) => s.invalidate);
  const face = useMemo(() => {
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * PIXELS_PER_METRE);
    canvas.height = Math.round(height * PIXELS_PER_METRE);
    const texture = new CanvasTexture(canvas);
    texture.colorSpace = SRGBColorSpace;
    texture.anisotropy = 4;
    return { canvas, texture, material: new MeshStandardMaterial({ map: texture, roughness: 0.85 }) };
  }, [width, height]);

  useLayoutEffect(() => {
    drawFace(face.canvas, kind, title);
    face.texture.needsUpdate = true;
    // Chinese glyphs come in subsets fetched on demand: draw again once this title's are here.
    let live = true;
    void document.fonts?.load(`700 32px ${FONT}`, title).then(() => {
      if (!live) return;
      drawFace(face.canvas, kind, title);
      face.texture.needsUpdate = true;
      invalidate();
    }).catch(() => undefined);
    return () => { live = false; };
  }, [face, kind, title, invalidate]);

  useEffect(() => () => {
    face.texture.dispose();
    face.material.dispose();
  }, [face]);

  const postX = width / 2 - 0.08;
  const top = bottom + height;
  return (
    <group position={[board.x, 0, board.z]} rotation-y={board.rotation}>
      {[-postX, postX].map((x) => (
        <mesh key={x} geometry={shared.post} material={shared.frame} position={[x, 0, -0.02]} scale={[1, top + 0.15, 1]} castShadow />
      ))}
      <mesh geometry={shared.panel} material={shared.frame} position={[0, bottom + height / 2, -0.02]} scale={[width + 0.08, height + 0.08, 1]} castShadow receiveShadow />
      {/* A task board shows the demand hall's newest open tasks, and opens one when clicked. */}
      {/* An events board is the launch hall's sign: the event on now and the next, opened when clicked. */}
      {kind === "task-board" ? <TaskBoardFace title={title} width={width} height={height} y={bottom + height / 2} />
        : kind === "events" ? <EventsBoardFace parkId={parkId} title={title} width={width} height={height} y={bottom + height / 2} /> : (
        <mesh position={[0, bottom + height / 2, 0.035]} material={face.material}>
          <planeGeometry args={[width, height]} />
        </mesh>
      )}
      {/* A little roof keeps the rain off, and gives the board a silhouette from afar. */}
      <mesh geometry={shared.panel} position={[0, top + 0.2, 0.02]} scale={[width + 0.4, 0.08, 0.5]} castShadow>
        <meshStandardMaterial color={ACCENT[kind]} roughness={0.6} />
      </mesh>
    </group>
  );
});
