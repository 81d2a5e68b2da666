/** The manager's dashboard and a company's own figures, in English: the i18next namespace
 * "dashboard". dashboard.zh-CN.ts has the same keys. */
export const dashboardEn = {
  title: "Park dashboard",
  companyTitle: "Our figures",
};
