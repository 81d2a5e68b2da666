import type { Texts } from "./en.ts";
import type { tasksEn } from "./tasks.en.ts";

/** 需求大厅。 */
export const tasksZhCN: Texts<typeof tasksEn> = {
  title: "需求大厅",
};
