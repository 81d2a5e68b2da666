import type { TFunction } from "i18next";
import { useFrame, useThree, type ThreeEvent } from "@react-three/fiber";
import { useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { CanvasTexture, MeshStandardMaterial, SRGBColorSpace, Vector3, type Mesh } from "three";
import type { TaskSummary } from "../../../shared/protocol/tasks.ts";
import { openTaskCard, setDrawnRows, TASK_BOARD_ROWS, taskBoardScreen, useBoardLoaded, useBoardTasks } from "../../state/taskBoard.ts";
import { rowAtUv, rowCentreUv, TASK_BOARD_CANVAS, taskBoardRows } from "./taskBoardLayout.ts";
import { paintTaskBoard, type BoardRow } from "./taskBoardPainter.ts";

type T = TFunction;

function boardRow(task: TaskSummary, t: T, lng: string): BoardRow {
  return {
    id: task.id,
    title: task.title,
    by: task.company?.name ?? task.poster.displayName,
    budget: task.budget === null ? t("tasks.park.board.negotiable") : t("tasks.park.board.budget", { amount: task.budget.toLocaleString(lng) }),
    deadline: task.deadline === null ? t("tasks.park.board.noDeadline") : t("tasks.park.board.due", { date: task.deadline }),
    certifiedOnly: task.certifiedOnly,
  };
}

const probe = new Vector3();

/**
 * A task board's face: the newest open tasks painted on one canvas texture (one mesh, one draw
 * call), repainted when the list changes. Clicking a row opens that task's card in the HUD.
 */
export function TaskBoardFace({ title, width, height, y }: { title: string; width: number; height: number; y: number }) {
  const { t, i18n } = useTranslation();
  const tasks = useBoardTasks();
  const loaded = useBoardLoaded();
  const invalidate = useThree((s) => s.invalidate);
  const canvasEl = useThree((s) => s.gl.domElement);
  const mesh = useRef<Mesh>(null);

  const face = useMemo(() => {
    const canvas = document.createElement("canvas");
    canvas.width = TASK_BOARD_CANVAS.width;
    canvas.height = TASK_BOARD_CANVAS.height;
    const texture = new CanvasTexture(canvas);
    texture.colorSpace = SRGBColorSpace;
    texture.anisotropy = 4;
    // Lit from within as well, like a screen: a board facing away from the sun still reads.
    const material = new MeshStandardMaterial({ map: texture, roughness: 0.85, emissive: "#ffffff", emissiveMap: texture, emissiveIntensity: 0.45 });
    return { canvas, texture, material };
  }, []);

  const lng = i18n.language;
  const rows = useMemo(() => tasks.slice(0, TASK_BOARD_ROWS).map((task) => boardRow(task, t, lng)), [tasks, t, lng]);
  const boxes = useMemo(() => taskBoardRows(rows.length), [rows.length]);

  useLayoutEffect(() => {
    const content = { title, rows, empty: loaded ? t("tasks.park.board.empty") : "", hint: t("tasks.park.board.hint") };
    const paint = () => {
      const g = face.canvas.getContext("2d");
      if (!g) return;
      paintTaskBoard(g, TASK_BOARD_CANVAS, content);
      face.texture.needsUpdate = true;
      invalidate();
    };
    paint();
    setDrawnRows(rows);
    // Chinese glyphs come in subsets fetched on demand: paint again once these texts' are here.
    let live = true;
    const text = [title, ...rows.map((r) => `${r.title}${r.by}${r.budget}${r.deadline}`)].join("");
    void document.fonts?.load(`700 36px "Noto Sans SC"`, text).then(() => { if (live) paint(); }).catch(() => undefined);
    return () => { live = false; };
  }, [face, title, rows, loaded, t, invalidate]);

  useEffect(() => () => {
    face.texture.dispose();
    face.material.dispose();
    taskBoardScreen.rows = [];
  }, [face]);

  // Where the rows are on screen, for tests that click one (cheap: a handful of projections).
  useFrame(({ camera }) => {
    const m = mesh.current;
    if (!m) return;
    const rect = canvasEl.getBoundingClientRect();
    taskBoardScreen.rows = boxes.flatMap((box) => {
      const row = rows[box.index];
      if (!row) return [];
      const { u, v } = rowCentreUv(box);
      probe.set((u - 0.5) * width, (v - 0.5) * height, 0);
      m.localToWorld(probe).project(camera);
      if (probe.z > 1) return [];
      return [{ id: row.id, x: Math.round(((probe.x + 1) / 2) * rect.width), y: Math.round(((1 - probe.y) / 2) * rect.height) }];
    });
  });

  const onClick = (e: ThreeEvent<MouseEvent>) => {
    if (!e.uv) return;
    const index = rowAtUv(e.uv.x, e.uv.y, boxes);
    const row = index === null ? undefined : rows[index];
    if (!row) return;
    e.stopPropagation();
    openTaskCard(row.id);
  };
  const onMove = (e: ThreeEvent<PointerEvent>) => {
    const index = e.uv ? rowAtUv(e.uv.x, e.uv.y, boxes) : null;
    canvasEl.style.cursor = index !== null && rows[index] ? "pointer" : "";
  };

  return (
    <mesh ref={mesh} position={[0, y, 0.035]} material={face.material} onClick={onClick} onPointerMove={onMove} onPointerOut={() => { canvasEl.style.cursor = ""; }}>
      <planeGeometry args={[width, height]} />
    </mesh>
  );
}
