import { useEffect, useRef } from "react";
import { loadGlyphs } from "./loadGlyphs.ts";
import { CHART_COLOURS, CHART_FONT, echarts, type EChartsCoreOption, type EChartsType } from "./echarts.ts";

/**
 * One ECharts chart in a div: made when the div mounts, given each new option (replacing the old,
 * so a series that went away goes), resized with its box, and disposed when it unmounts.
 */
export function EChart({ option, height = 280, label, testId }: { option: EChartsCoreOption; height?: number; label: string; testId?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = echarts.init(el, null, { renderer: "canvas" });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const full = { color: CHART_COLOURS, textStyle: { fontFamily: CHART_FONT, color: "#4d6164" }, animationDuration: 400, ...option };
    // Names in Chinese may need font subsets the page has not fetched yet. The chart waits for them
    // before drawing: text measured in a fallback font keeps its width in ECharts' cache, and legends overlap.
    let live = true;
    void loadGlyphs(JSON.stringify(option)).finally(() => {
      if (live) chart.current?.setOption(full, { notMerge: true });
    });
    return () => { live = false; };
  }, [option]);

  return <div ref={box} className="dash-chart" style={{ height }} role="img" aria-label={label} data-testid={testId} />;
}
