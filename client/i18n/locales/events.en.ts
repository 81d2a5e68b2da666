/** Events outside the live hall (the events pages, the form, the managers' queue, the hall's sign),
 * in English: the i18next namespace "events". events.zh-CN.ts has the same keys. */
export const eventsEn = {
  title: "Events",
};
