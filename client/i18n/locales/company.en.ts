/** Companies, booths, profiles and cards, in English; company.zh-CN.ts has the same keys. */
export const companyEn = {
  companies: "Companies",
};
