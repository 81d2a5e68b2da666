import type { Texts } from "./en.ts";
import type { reportEn } from "./report.en.ts";

/** 年度报告（个人、企业、园区）：i18next 命名空间 "report"。 */
export const reportZhCN: Texts<typeof reportEn> = {
  title: "园区年度报告",
};
