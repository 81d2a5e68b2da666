/** The manager's heatmap overlay in the park, in English; heatmap.zh-CN.ts has the same keys. */
export const heatmapEn = {
  section: "Park managers",
  switch: "Heatmap on the ground",
  switchHint: "Where people spent time in this park",
  title: "Heatmap",
  subtitle: "Where people spent time",
  periodLabel: "Period",
  periods: {
    today: "Today",
    last7: "Last 7 days",
    last30: "Last 30 days",
  },
  range: "{{from}} – {{to}}",
  scale: "Colour scale, from less time spent to more",
  less: "Less time",
  more: "More time",
  totalHours: "{{hours}} h spent in all",
  totalMinutes: "{{minutes}} min spent in all",
  loading: "Loading…",
  empty: "Nobody has spent time in the park in this period yet.",
  failed: "The heatmap could not be loaded: {{message}}",
  hide: "Hide the heatmap",
};
