import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { en } from "../../i18n/locales/en.ts";
import { zhCN } from "../../i18n/locales/zh-CN.ts";
import { companyErrorText } from "./companyErrors.ts";

const t = i18next.t.bind(i18next);

beforeAll(async () => {
  await i18next.init({ lng: "en", resources: { en: { translation: en }, "zh-CN": { translation: zhCN } }, interpolation: { escapeValue: false } });
});

describe("company errors in the person's words", () => {
  it("says known refusals in our own words, in either language", async () => {
    const guest = { status: 403, code: "register_to_leave_card", message: "guests cannot leave a card" };
    expect(companyErrorText(t, guest)).toBe(en.company.errors.codes.register_to_leave_card);
    await i18next.changeLanguage("zh-CN");
    expect(companyErrorText(t, { status: 429, code: "too_many_cards", message: "wait" })).toBe(zhCN.company.errors.codes.too_many_cards);
    await i18next.changeLanguage("en");
  });

  it("falls back on the status, then on the app's general wording", () => {
    expect(companyErrorText(t, { status: 403, code: "something_new", message: "no" })).toBe(en.company.errors.forbidden);
    expect(companyErrorText(t, { status: 409, code: "other_conflict", message: "it moved" })).toBe("Someone changed this at the same time: it moved");
    expect(companyErrorText(t, { status: 0, code: "network", message: "offline" })).toBe(en.errors.network);
  });
});
