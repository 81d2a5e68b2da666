/** The live launch hall (stage, audience, questions, reactions, moderation), in English: the
 * i18next namespace "stage". stage.zh-CN.ts has the same keys. */
export const stageEn = {
  leave: "Leave the hall",
};
