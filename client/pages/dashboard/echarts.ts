import { BarChart, FunnelChart, HeatmapChart, LineChart, SankeyChart } from "echarts/charts";
import { GridComponent, LegendPlainComponent, TooltipComponent, VisualMapContinuousComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";

/**
 * ECharts with only the charts and parts the dashboard draws: the full build is about 1 MB, this
 * a fraction of it, and it loads with the dashboard's chunk only, never with the park.
 */
echarts.use([LineChart, BarChart, HeatmapChart, SankeyChart, FunnelChart, GridComponent, TooltipComponent, LegendPlainComponent, VisualMapContinuousComponent, CanvasRenderer]);

export { echarts };
export type { EChartsCoreOption, EChartsType } from "echarts/core";

/** The product's colours, in the order series take them. */
export const CHART_COLOURS = ["#1d6a66", "#f2b544", "#e07a5f", "#2f7fd8", "#8a6fc7", "#39b8cc", "#7c8c8e"];
export const CHART_FONT = '"Inter", "Segoe UI", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
