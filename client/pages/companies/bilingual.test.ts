import { describe, expect, it } from "vitest";
import { readIn } from "./bilingual.ts";

describe("a company's description in the reader's language", () => {
  it("is shown in the reader's language when the company wrote it", () => {
    const text = { "zh-CN": "精密零件", en: "Precision parts" };
    expect(readIn(text, "en")).toEqual({ text: "Precision parts", lang: "en" });
    expect(readIn(text, "zh-CN")).toEqual({ text: "精密零件", lang: "zh-CN" });
  });

  it("falls back to the other language, marked as such", () => {
    expect(readIn({ "zh-CN": "精密零件" }, "en")).toEqual({ text: "精密零件", lang: "zh-CN" });
    expect(readIn({ en: "Precision parts" }, "zh-CN")).toEqual({ text: "Precision parts", lang: "en" });
  });

  it("treats blank text as missing", () => {
    expect(readIn({ "zh-CN": "  ", en: "Parts" }, "zh-CN")).toEqual({ text: "Parts", lang: "en" });
    expect(readIn({ en: "" }, "en")).toBeNull();
    expect(readIn({}, "zh-CN")).toBeNull();
  });
});
