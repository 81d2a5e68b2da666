import { useEffect, useMemo, useRef, useState, type PointerEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Heatmap } from "../../../shared/protocol/dashboard.ts";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import type { Language } from "../../i18n/language.ts";
import { formatDuration } from "./dashboardFormat.ts";
import { CHART_FONT } from "./echarts.ts";
import { heatColour, rgbaCss } from "./heatColour.ts";
import { loadGlyphs } from "./loadGlyphs.ts";
import { cellAt, drawHeat, drawPlan, drawZoneNames, planFit } from "./floorPlan.ts";

/**
 * The park's floor plan with a period's dwell over it, on a canvas as wide as its box. Pointing at
 * the plan tells the dwell and visitors of the cell underneath. `maxDwellSeconds` is shared by
 * the plans shown side by side, so that the same colour means the same dwell in both.
 */
export function FloorPlanHeatmap({ layout, heatmap, maxDwellSeconds, lng, caption, testId }: {
  layout: ParkLayout;
  heatmap: Heatmap;
  maxDwellSeconds: number;
  lng: Language;
  caption: string;
  testId?: string;
}) {
  const { t } = useTranslation("dashboard");
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [width, setWidth] = useState(0);
  const [hover, setHover] = useState<{ x: number; y: number; cx: number; cz: number } | null>(null);
  const { scale, height } = planFit(layout.size, width);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry?.contentRect.width ?? 0)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Zone names drawn in Chinese need their font subsets: fetch them, then draw again.
  const [glyphs, setGlyphs] = useState(0);
  useEffect(() => {
    let live = true;
    void loadGlyphs(layout.zones.map((z) => z.name[lng]).join("")).then((loaded) => { if (live && loaded) setGlyphs((n) => n + 1); });
    return () => { live = false; };
  }, [layout, lng]);

  useEffect(() => {
    const c = canvas.current;
    if (!c || width === 0) return;
    const ratio = window.devicePixelRatio || 1;
    c.width = Math.round(width * ratio);
    c.height = Math.round(height * ratio);
    const ctx = c.getContext("2d");
    if (!ctx) return;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawPlan(ctx, layout, scale);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    drawHeat(ctx, heatmap, scale, maxDwellSeconds, ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawZoneNames(ctx, layout, scale, lng, CHART_FONT);
  }, [layout, heatmap, maxDwellSeconds, lng, width, height, scale, glyphs]);

  const byCell = useMemo(() => new Map(heatmap.cells.map((c) => [`${c.cx},${c.cz}`, c])), [heatmap]);
  const hottest = useMemo(() => heatmap.cells.reduce<Heatmap["cells"][number] | null>((best, c) => (!best || c.dwellSeconds > best.dwellSeconds ? c : best), null), [heatmap]);
  const hovered = hover ? byCell.get(`${hover.cx},${hover.cz}`) : undefined;

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = e.clientX - r.left;
    const y = e.clientY - r.top;
    const cell = cellAt(x, y, scale, heatmap.cellSize, layout.size);
    setHover(cell ? { x, y, ...cell } : null);
  };

  return (
    <figure className="dash-plan" data-testid={testId} data-cells={heatmap.cells.length} data-total-dwell={heatmap.totalDwellSeconds}
      data-hottest={hottest ? `${hottest.cx},${hottest.cz}` : ""}>
      <figcaption className="dash-plan__caption">
        <strong>{caption}</strong>
        <span>{t("heatmap.total", { time: formatDuration(t, heatmap.totalDwellSeconds) })}</span>
      </figcaption>
      <div ref={box} className="dash-plan__box">
        <canvas ref={canvas} style={{ width, height }} onPointerMove={point} onPointerLeave={() => setHover(null)}
          role="img" aria-label={t("heatmap.planLabel", { park: layout.name[lng], caption })} />
        {hover && (
          <div className={`dash-plan__tip${hover.x > width / 2 ? " dash-plan__tip--left" : ""}`} style={{ left: hover.x, top: hover.y }} role="status" data-testid="heatmap-tip">
            <span>{t("heatmap.at", { x: hover.cx * heatmap.cellSize, z: hover.cz * heatmap.cellSize })}</span>
            <strong>{hovered ? formatDuration(t, hovered.dwellSeconds) : t("heatmap.noDwell")}</strong>
            {hovered && <span>{t("heatmap.visitors", { count: hovered.visitors })}</span>}
          </div>
        )}
      </div>
    </figure>
  );
}

const LEGEND_GRADIENT = `linear-gradient(to right, ${[0.04, 0.2, 0.35, 0.5, 0.6, 0.75, 0.85, 1].map((s) => rgbaCss(heatColour(s))).join(", ")})`;

/** The scale under the plans: from little dwell to the busiest cell. */
export function HeatLegend({ maxDwellSeconds }: { maxDwellSeconds: number }) {
  const { t } = useTranslation("dashboard");
  return (
    <div className="dash-legend" aria-label={t("heatmap.legend")}>
      <span>{t("heatmap.less")}</span>
      <span className="dash-legend__bar" aria-hidden="true" style={{ background: LEGEND_GRADIENT }} />
      <span>{t("heatmap.more", { time: formatDuration(t, maxDwellSeconds) })}</span>
    </div>
  );
}
