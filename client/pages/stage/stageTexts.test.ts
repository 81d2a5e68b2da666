import { describe, expect, it } from "vitest";
import { stageEn } from "../../i18n/locales/stage.en.ts";
import { stageZhCN } from "../../i18n/locales/stage.zh-CN.ts";
import { STAGE_REFUSAL_REASONS } from "../../net/stagePayloads.ts";
import { STAGE_CLOSINGS, STAGE_REFUSALS } from "../../state/stageView.ts";

/** Every refusal and closing the hall can give has words in both languages (the page looks them up by name). */
describe("launch hall texts", () => {
  it("word every refusal of a request", () => {
    for (const reason of STAGE_REFUSAL_REASONS) {
      expect(stageEn.refusals[reason], reason).toBeTruthy();
      expect(stageZhCN.refusals[reason], reason).toBeTruthy();
    }
  });
  it("word every refusal at the door and every closing", () => {
    for (const why of STAGE_REFUSALS) {
      expect(stageEn.refused[why], why).toBeTruthy();
      expect(stageZhCN.refused[why], why).toBeTruthy();
    }
    for (const why of STAGE_CLOSINGS) {
      expect(stageEn.closed[why], why).toBeTruthy();
      expect(stageZhCN.closed[why], why).toBeTruthy();
    }
  });
});
