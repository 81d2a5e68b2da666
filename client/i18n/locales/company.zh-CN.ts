import type { Texts } from "./en.ts";
import type { companyEn } from "./company.en.ts";

/** 企业、展位、个人资料与名片。 */
export const companyZhCN: Texts<typeof companyEn> = {
  companies: "企业",
};
