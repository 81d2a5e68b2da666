/** The park editor, in English; editor.zh-CN.ts has the same keys. */
export const editorEn = {
  title: "Edit the park",
};
