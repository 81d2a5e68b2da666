/** Yearly reports (a person's, a company's, a park's), in English: the i18next namespace
 * "report". report.zh-CN.ts has the same keys. */
export const reportEn = {
  title: "Year in the park",
};
