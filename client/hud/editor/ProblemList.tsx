import { useTranslation } from "react-i18next";
import type { ParkLayout } from "../../../shared/protocol/parkLayout.ts";
import type { LayoutProblem } from "../../../shared/rules/layoutValidation.ts";
import type { Language } from "../../i18n/language.ts";
import { editorStore, focusItem } from "../../state/editor.ts";
import { problemText } from "./itemNames.ts";

/** What the placement rules object to, in words; each one shows its item. Saving waits for none. */
export function ProblemList({ layout, problems, lng }: { layout: ParkLayout; problems: LayoutProblem[]; lng: Language }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <section className="editor-problems" role="alert" data-testid="editor-problems" data-count={problems.length}>
      <h3>{t("editor.problems.title", { count: problems.length })}</h3>
      <ul>
        {problems.slice(0, 20).map((p, i) => (
          <li key={`${p.item.kind}:${p.item.id}:${p.code}:${i}`}>
            <span>{problemText(t, layout, p, lng)}</span>
            {p.item.kind !== "building" && (
              <button type="button" className="editor-link" onClick={() => focusItem(editorStore, { kind: p.item.kind as Exclude<typeof p.item.kind, "building">, id: p.item.id })}>
                {t("editor.problems.show")}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
