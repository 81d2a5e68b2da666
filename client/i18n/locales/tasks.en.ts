/** The demand hall, in English; tasks.zh-CN.ts has the same keys. */
export const tasksEn = {
  title: "Demand hall",
};
