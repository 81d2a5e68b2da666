import type { Texts } from "./en.ts";
import type { dashboardEn } from "./dashboard.en.ts";

/** 园区运营看板与企业自己的数据：i18next 命名空间 "dashboard"。 */
export const dashboardZhCN: Texts<typeof dashboardEn> = {
  title: "园区运营看板",
  companyTitle: "我们的数据",
};
