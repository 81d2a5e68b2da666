import { describe, expect, it } from "vitest";
import { CARD_HEIGHT, CARD_WIDTH, figureBoxes, fitText, layoutCard, layoutChips, type CardContent, type Measure } from "./reportCard.ts";

/** A stand-in for a font: Latin characters 0.6 em wide, CJK characters a full em, bold 10% wider. */
const measure: Measure = (text, px, weight) =>
  Array.from(text).reduce((w, ch) => w + (/[\u3000-\u9fff]/.test(ch) ? 1 : 0.6) * px, 0) * (weight >= 700 ? 1.1 : 1);

const content: CardContent = {
  eyebrow: "ENCLAVE · YEAR IN THE PARK", year: 2026, name: "Ann Lee", tagline: "A year in Fengtai Gig Community Park",
  figures: [
    { value: "27.4", label: "hours in the park" }, { value: "8", label: "days" }, { value: "7", label: "late evenings" },
    { value: "2", label: "tasks completed" }, { value: "2", label: "events" }, { value: "2", label: "meetings" }, { value: "9", label: "one too many" },
  ],
  keywords: ["Night owl", "Connector", "Explorer"],
  footer: "Enclave · 园区",
};

describe("fitting text on the card", () => {
  it("keeps a text that fits at its size", () => {
    expect(fitText(measure, "Ann", 500, 72, 40, 700)).toEqual({ text: "Ann", px: 72 });
  });

  it("shrinks a long name until it fits", () => {
    const fitted = fitText(measure, "Alexandra Konstantinopoulou", 920, 72, 40, 700);
    expect(fitted.text).toBe("Alexandra Konstantinopoulou");
    expect(fitted.px).toBeLessThan(72);
    expect(measure(fitted.text, fitted.px, 700)).toBeLessThanOrEqual(920);
    expect(measure(fitted.text, fitted.px + 2, 700)).toBeGreaterThan(920);
  });

  it("cuts with an ellipsis what does not fit even at the smallest size", () => {
    const fitted = fitText(measure, "园区年度报告园区年度报告园区年度报告园区年度报告园区年度报告", 400, 72, 40, 700);
    expect(fitted.px).toBe(40);
    expect(fitted.text.endsWith("…")).toBe(true);
    expect(measure(fitted.text, 40, 700)).toBeLessThanOrEqual(400);
  });
});

describe("the card's layout", () => {
  it("wraps chips onto a new row and leaves off rows past the limit", () => {
    const chips = layoutChips(measure, ["Night owl", "Connector", "Explorer", "Task-taker", "Well rated"], { x: 80, y: 1000, w: 600 },
      { px: 34, padX: 28, h: 68, gap: 16, maxRows: 2 });
    const rows = [...new Set(chips.map((c) => c.y))];
    expect(rows).toEqual([1000, 1084]);
    for (const c of chips) expect(c.x + c.w).toBeLessThanOrEqual(680);
    expect(chips.length).toBeLessThan(5);
  });

  it("sets figures in two columns, at most six", () => {
    const boxes = figureBoxes(7, { x: 80, y: 520, w: 920 }, { h: 150, gap: 24 });
    expect(boxes).toHaveLength(6);
    expect(boxes[1]!.x).toBeGreaterThan(boxes[0]!.x);
    expect(boxes[2]!.y).toBe(520 + 174);
    expect(boxes[1]!.x + boxes[1]!.w).toBe(1000);
  });

  it("keeps every text inside the card and the chips above the footer", () => {
    const ops = layoutCard(content, measure);
    const texts = ops.filter((o) => o.kind === "text");
    for (const t of texts) {
      const w = measure(t.text, t.px, t.weight);
      const left = t.align === "center" ? t.x - w / 2 : t.align === "right" ? t.x - w : t.x;
      expect(left).toBeGreaterThanOrEqual(80);
      expect(left + w).toBeLessThanOrEqual(CARD_WIDTH - 80 + 0.001);
      expect(t.y).toBeLessThan(CARD_HEIGHT);
    }
    expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(["2026", "Ann Lee", "27.4", "hours in the park", "Night owl", "Enclave · 园区"]));
    expect(texts.map((t) => t.text)).not.toContain("one too many");
    const chipRects = ops.filter((o) => o.kind === "rect" && o.radius === 34);
    expect(chipRects).toHaveLength(3);
    for (const r of chipRects) if (r.kind === "rect") expect(r.y + r.h).toBeLessThan(CARD_HEIGHT - 130);
  });

  it("fits a long Chinese company name and tagline", () => {
    const ops = layoutCard({ ...content, name: "常熟（北京）创新飞地智能制造产业联盟有限公司", tagline: "常熟（北京）创新飞地的一年，感谢每一位来访的朋友" }, measure);
    for (const t of ops.filter((o) => o.kind === "text")) {
      if (t.kind === "text" && t.align === "left") expect(t.x + measure(t.text, t.px, t.weight)).toBeLessThanOrEqual(CARD_WIDTH - 80 + 0.001);
    }
  });
});
