/** Meeting rooms, clinics and bookings outside the room (pages, park signs, the editor's room
 * form), in English: the i18next namespace "meetings". meetings.zh-CN.ts has the same keys. */
export const meetingsEn = {
  title: "Meeting rooms",
  myMeetings: "My meetings",
};
