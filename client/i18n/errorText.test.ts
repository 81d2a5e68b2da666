import i18next from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { errorText } from "./errorText.ts";
import { en } from "./locales/en.ts";
import { zhCN } from "./locales/zh-CN.ts";

describe("API errors in words", () => {
  beforeAll(async () => {
    await i18next.init({ lng: "zh-CN", resources: { en: { translation: en }, "zh-CN": { translation: zhCN } }, interpolation: { escapeValue: false } });
  });

  it("says known failures in the person's language", async () => {
    await i18next.changeLanguage("zh-CN");
    expect(errorText(i18next.t, { status: 401, code: "wrong_credentials", message: "wrong username or password" })).toBe("用户名或密码错误。");
    await i18next.changeLanguage("en");
    expect(errorText(i18next.t, { status: 409, code: "username_taken", message: "x" })).toBe("That username is already taken.");
  });

  it("states the rule of the field that was wrong", async () => {
    await i18next.changeLanguage("zh-CN");
    const error = { status: 400, code: "invalid_request", message: "invalid body: username: too short", issues: [{ path: "username", message: "a username has at least 3 characters" }] };
    expect(errorText(i18next.t, error)).toBe("用户名：3–24 个字符，只能使用字母、数字、点、短横线或下划线。");
  });

  it("falls back to the server's message for anything else", async () => {
    await i18next.changeLanguage("en");
    expect(errorText(i18next.t, { status: 500, code: "internal", message: "something went wrong on our side" })).toBe("Something went wrong: something went wrong on our side");
    expect(errorText(i18next.t, { status: 400, code: "invalid_request", message: "invalid body", issues: [{ path: "other", message: "bad" }] })).toBe("Please check what you entered: bad");
  });
});
