import { describe, expect, it } from "vitest";
import { pickLanguage } from "./language.ts";
import { en } from "./locales/en.ts";
import { zhCN } from "./locales/zh-CN.ts";
import { resources } from "./resources.ts";

/** Every key path of a nested resource, with the value found there. */
function flatten(node: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (node !== null && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      for (const [path, value] of flatten(v, prefix ? `${prefix}.${k}` : k)) out.set(path, value);
    }
  } else {
    out.set(prefix, node);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("translations", () => {
  // Every namespace, its keys prefixed with its name, so one check covers them all.
  const english = flatten(resources.en);
  const chinese = flatten(resources["zh-CN"]);

  it("have the same keys in zh-CN and en", () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    expect(english.size).toBeGreaterThan(50);
  });

  it("have non-empty text for every key in both languages", () => {
    for (const [key, value] of [...english, ...chinese]) {
      expect(typeof value, key).toBe("string");
      expect((value as string).trim().length, key).toBeGreaterThan(0);
    }
  });

  it("use the same placeholders in both languages", () => {
    for (const [key, value] of english) {
      expect(placeholders(chinese.get(key) as string), key).toEqual(placeholders(value as string));
    }
  });

  it("are actually translated where the text is prose", () => {
    expect(zhCN.park.reconnecting).not.toBe(en.park.reconnecting);
    expect(zhCN.landing.title).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe("starting language", () => {
  it("keeps a remembered choice", () => {
    expect(pickLanguage("en", ["zh-CN"])).toBe("en");
    expect(pickLanguage("zh-CN", ["en-US"])).toBe("zh-CN");
  });

  it("follows the browser, mapping any Chinese to Simplified Chinese", () => {
    expect(pickLanguage(null, ["zh-TW", "en"])).toBe("zh-CN");
    expect(pickLanguage(null, ["zh"])).toBe("zh-CN");
    expect(pickLanguage(null, ["en-GB"])).toBe("en");
    expect(pickLanguage(null, ["fr-FR", "zh-CN"])).toBe("zh-CN");
  });

  it("falls back to English and ignores junk in storage", () => {
    expect(pickLanguage("klingon", ["fr-FR"])).toBe("en");
    expect(pickLanguage(null, [])).toBe("en");
  });
});
