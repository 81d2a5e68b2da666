import type { Texts } from "./en.ts";
import type { meetingsEn } from "./meetings.en.ts";

/** 会议室、诊室与预约（房间外）。 */
export const meetingsZhCN: Texts<typeof meetingsEn> = {
  title: "会议室",
  myMeetings: "我的会议",
};
