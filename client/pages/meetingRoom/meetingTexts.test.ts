import { describe, expect, it } from "vitest";
import { meetingRoomEn } from "../../i18n/locales/meetingRoom.en.ts";
import { meetingRoomZhCN } from "../../i18n/locales/meetingRoom.zh-CN.ts";
import { MEETING_REFUSAL_REASONS } from "../../net/meetingPayloads.ts";
import { closedReason, joinRefusal } from "../../state/meetingRoomView.ts";

/** Every refusal and closing the room can give has words in both languages (the page looks them up by name). */
describe("meeting room texts", () => {
  it("word every refusal of a request", () => {
    for (const reason of MEETING_REFUSAL_REASONS) {
      expect(meetingRoomEn.refusals[reason], reason).toBeTruthy();
      expect(meetingRoomZhCN.refusals[reason], reason).toBeTruthy();
    }
  });

  it("word every refusal at the door and every closing", () => {
    const joins = [409, 423, 404, 401, 500].map((code) => joinRefusal(code, "")).concat([joinRefusal(403, "removed"), joinRefusal(403, "invited only")]);
    for (const why of joins) {
      expect(meetingRoomEn.refused[why], why).toBeTruthy();
      expect(meetingRoomZhCN.refused[why], why).toBeTruthy();
    }
    for (const why of [4201, 4202, 4203, 1006].map(closedReason)) {
      expect(meetingRoomEn.closed[why], why).toBeTruthy();
      expect(meetingRoomZhCN.closed[why], why).toBeTruthy();
    }
  });
});
