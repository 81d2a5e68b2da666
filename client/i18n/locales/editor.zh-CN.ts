import type { Texts } from "./en.ts";
import type { editorEn } from "./editor.en.ts";

/** 园区编辑器。 */
export const editorZhCN: Texts<typeof editorEn> = {
  title: "编辑园区",
};
