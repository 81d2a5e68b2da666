/** Inside a meeting room (the interior, the screen, chat, host controls, waiting at the door), in
 * English: the i18next namespace "meetingRoom". meetingRoom.zh-CN.ts has the same keys. */
export const meetingRoomEn = {
  leave: "Leave the room",
};
