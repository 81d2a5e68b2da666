import { useEffect, useLayoutEffect, useRef, useState, type PointerEvent } from "react";
import { useTranslation } from "react-i18next";
import { useStore } from "zustand";
import { BOARD_UNITS, STROKE_COLOURS, type StrokeMessage } from "../../../shared/protocol/meetingMessages.ts";
import { meetingRoomStore } from "../../state/meetingRoom.ts";
import { BOARD_ASPECT, paintBoard, paintStroke } from "../../world/meetingRoom/boardPainter.ts";
import { strokeToWire, type BoardPoint } from "./strokePoints.ts";

type Colour = (typeof STROKE_COLOURS)[number];
/** Line widths, in pixels of a board 1600 wide (boardPainter scales them to any size). */
const WIDTHS = { thin: 3, medium: 8, thick: 18 } as const;
type WidthName = keyof typeof WIDTHS;

/**
 * The whiteboard, large, over the room: everyone present draws on it. A line is drawn here as the
 * pointer moves and sent once, when the pointer comes up; the board then repaints from the
 * strokes the room confirms, so every screen shows the same board (the wall's screen included).
 */
export function WhiteboardPanel({ isHost, onStroke, onClear, onHide }: { isHost: boolean; onStroke: (s: StrokeMessage) => void; onClear: () => void; onHide: () => void }) {
  const { t } = useTranslation("meetingRoom");
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const drawing = useRef<BoardPoint[] | null>(null);
  const [colour, setColour] = useState<Colour>(STROKE_COLOURS[0]);
  const [width, setWidth] = useState<WidthName>("medium");
  const [size, setSize] = useState({ w: 960, h: 540 });
  const strokes = useStore(meetingRoomStore, (s) => s.strokes.length);

  // The canvas keeps the board's shape and fills the panel, at the screen's pixel density.
  useLayoutEffect(() => {
    const el = frame.current;
    if (!el) return;
    const fit = () => {
      const w = Math.max(320, Math.floor(el.clientWidth));
      setSize({ w, h: Math.round(w / BOARD_ASPECT) });
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext("2d");
    if (!el || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    el.width = Math.round(size.w * dpr);
    el.height = Math.round(size.h * dpr);
    const paint = () => paintBoard(ctx, meetingRoomStore.getState().strokes, el.width, el.height);
    paint();
    return meetingRoomStore.subscribe((s, prev) => { if (s.boardVersion !== prev.boardVersion) paint(); });
  }, [size]);

  const pointAt = (e: PointerEvent<HTMLCanvasElement>): BoardPoint => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: (e.clientX - r.left) / r.width, y: (e.clientY - r.top) / r.height };
  };

  const down = (e: PointerEvent<HTMLCanvasElement>) => {
    if (e.button !== 0) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = [pointAt(e)];
  };
  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    const points = drawing.current;
    const el = canvas.current;
    const ctx = el?.getContext("2d");
    if (!points || !el || !ctx) return;
    const last = points[points.length - 1]!;
    const p = pointAt(e);
    points.push(p);
    // Only the newest piece is drawn while moving; the confirmed stroke repaints the whole board.
    const seg = [last, p].flatMap((q) => [q.x * BOARD_UNITS, q.y * BOARD_UNITS]);
    paintStroke(ctx, { colour, width: WIDTHS[width], points: seg }, el.width, el.height);
  };
  const up = () => {
    const points = drawing.current;
    drawing.current = null;
    if (!points) return;
    const wire = strokeToWire(points);
    if (wire.length >= 2) onStroke({ colour, width: WIDTHS[width], points: wire });
  };

  return (
    <section className="hud-panel meeting-board" aria-labelledby="meeting-board-title" data-testid="whiteboard" data-strokes={strokes}>
      <header className="meeting-board__head">
        <h2 id="meeting-board-title" className="hud-panel__title">{t("board.title")}</h2>
        <span className="meeting-board__hint">{t("board.hint")}</span>
        <div className="meeting-board__tools">
          <div className="meeting-swatches" role="radiogroup" aria-label={t("board.colour")}>
            {STROKE_COLOURS.map((c) => (
              <button key={c} type="button" role="radio" aria-checked={colour === c} className="meeting-swatch" style={{ background: c }}
                title={t(`board.colours.${c}`)} aria-label={t(`board.colours.${c}`)} onClick={() => setColour(c)} />
            ))}
          </div>
          <div className="meeting-segments meeting-segments--small" role="radiogroup" aria-label={t("board.width")}>
            {(Object.keys(WIDTHS) as WidthName[]).map((w) => (
              <button key={w} type="button" role="radio" aria-checked={width === w} aria-pressed={width === w} onClick={() => setWidth(w)}>
                <span className="meeting-width-dot" style={{ width: 4 + WIDTHS[w] / 2, height: 4 + WIDTHS[w] / 2 }} aria-hidden="true" />
                {t(`board.widths.${w}`)}
              </button>
            ))}
          </div>
          {isHost && (
            <button type="button" className="meeting-mini meeting-mini--danger" onClick={() => { if (window.confirm(t("board.confirmClear"))) onClear(); }}
              data-testid="board-clear">{t("board.clear")}</button>
          )}
          <button type="button" className="meeting-mini" onClick={onHide}>{t("board.hide")}</button>
        </div>
      </header>
      <div ref={frame} className="meeting-board__frame">
        <canvas ref={canvas} className="meeting-board__canvas" style={{ width: size.w, height: size.h }} aria-label={t("board.surface")} role="img"
          onPointerDown={down} onPointerMove={move} onPointerUp={up} onPointerCancel={up} data-testid="whiteboard-canvas" />
      </div>
    </section>
  );
}
