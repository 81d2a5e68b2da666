import type { Texts } from "./en.ts";
import type { meetingRoomEn } from "./meetingRoom.en.ts";

/** 会议室内。 */
export const meetingRoomZhCN: Texts<typeof meetingRoomEn> = {
  leave: "离开房间",
};
