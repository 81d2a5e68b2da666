import type { Texts } from "./en.ts";
import type { tasksEn } from "./tasks.en.ts";

/** 需求大厅。 */
export const tasksZhCN: Texts<typeof tasksEn> = {
  title: "需求大厅",
  park: {
    board: {
      negotiable: "预算面议",
      budget: "¥{{amount}}",
      due: "截止 {{date}}",
      noDeadline: "不限期",
      empty: "暂无开放任务：可在需求大厅页面发布",
      hint: "点击任务查看详情",
    },
    notice: {
      region: "园区动态",
      posted: "{{actor}} 发布了：{{title}}",
      assigned: "{{actor}} 接下了：{{title}}",
      completed: "{{actor}} 的任务已完成：{{title}}",
      dismiss: "关闭",
    },
    card: {
      label: "任务",
      by: "发布者：{{name}}",
      budget: "预算",
      deadline: "截止日期",
      skills: "技能",
      open: "查看任务",
      apply: "申请",
      close: "关闭",
      loading: "正在加载任务…",
      failed: "无法加载这个任务。",
    },
    booth: {
      openTasks: "开放任务",
    },
  },
};
