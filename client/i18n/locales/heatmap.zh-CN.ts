import type { Texts } from "./en.ts";
import type { heatmapEn } from "./heatmap.en.ts";

/** 园区内的地面热力图（园区运营可见）。 */
export const heatmapZhCN: Texts<typeof heatmapEn> = {
  section: "园区运营",
  switch: "地面热力图",
  switchHint: "在园区地面上显示人员停留分布",
  title: "热力图",
  subtitle: "人员停留分布",
  periodLabel: "时段",
  periods: {
    today: "今天",
    last7: "近 7 天",
    last30: "近 30 天",
  },
  range: "{{from}} 至 {{to}}",
  scale: "色阶：停留时间由少到多",
  less: "停留少",
  more: "停留多",
  totalHours: "累计停留 {{hours}} 小时",
  totalMinutes: "累计停留 {{minutes}} 分钟",
  loading: "加载中…",
  empty: "该时段内园区暂无停留数据。",
  failed: "热力图加载失败：{{message}}",
  hide: "关闭热力图",
};
