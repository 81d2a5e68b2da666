import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { QUESTION_MAX } from "../../../shared/protocol/stageMessages.ts";
import type { StageActions } from "../../net/stageLink.ts";
import { draftProblem, orderQuestions, type QueueQuestion } from "../../state/stageQuestions.ts";

/**
 * The question queue beside the hall: ask, upvote (once each, the server keeps count), the one on
 * screen highlighted; moderators also move a question to the screen, mark it answered or dismiss it.
 */
export function QuestionsPanel({ questions, onScreenId, canModerate, actions }: {
  questions: QueueQuestion[]; onScreenId: string | null; canModerate: boolean; actions: StageActions;
}) {
  const { t } = useTranslation("stage");
  const [draft, setDraft] = useState("");
  const [voted, setVoted] = useState<ReadonlySet<string>>(new Set());
  const problem = draftProblem(draft, QUESTION_MAX);
  const ordered = orderQuestions(questions);
  const ask = (e: FormEvent) => {
    e.preventDefault();
    if (problem) return;
    actions.ask(draft.trim());
    setDraft("");
  };
  return (
    <section className="hud-panel stage-questions" aria-label={t("questions.title")} data-testid="stage-questions">
      <h2 className="stage-panel__title">{t("questions.title")} <span className="stage-count">{ordered.length}</span></h2>
      <ol className="stage-questions__list">
        {ordered.length === 0 && <li className="stage-questions__empty">{t("questions.empty")}</li>}
        {ordered.map((q) => {
          const on = q.status === "on-screen" || q.id === onScreenId;
          return (
            <li key={q.id} className={`stage-question${on ? " stage-question--on" : ""}`} data-testid="stage-question" data-question-id={q.id} data-votes={q.votes} data-on-screen={on}>
              <button type="button" className="stage-vote" aria-pressed={voted.has(q.id)} disabled={voted.has(q.id)} title={t("questions.upvote")}
                onClick={() => { actions.vote(q.id); setVoted(new Set(voted).add(q.id)); }} data-testid="stage-upvote">
                <span aria-hidden="true">▲</span>
                <b>{q.votes}</b>
              </button>
              <div className="stage-question__body">
                <p className="stage-question__text">{q.text}</p>
                <p className="stage-question__meta">{q.name}{on && <span className="stage-chip stage-chip--on">{t("questions.onScreen")}</span>}</p>
                {canModerate && (
                  <div className="stage-question__moderate">
                    {!on && <button type="button" className="stage-mini stage-mini--go" onClick={() => actions.question(q.id, "on-screen")} data-testid="stage-to-screen">{t("moderate.toScreen")}</button>}
                    <button type="button" className="stage-mini" onClick={() => actions.question(q.id, "answered")}>{t("moderate.answered")}</button>
                    <button type="button" className="stage-mini stage-mini--quiet" onClick={() => actions.question(q.id, "dismissed")}>{t("moderate.dismiss")}</button>
                  </div>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <form className="stage-ask" onSubmit={ask}>
        <textarea value={draft} onChange={(e) => setDraft(e.target.value)} placeholder={t("questions.placeholder")} rows={2} maxLength={QUESTION_MAX + 50}
          aria-label={t("questions.placeholder")} data-testid="stage-ask-input"
          onKeyDown={(e) => { if (e.key === "Enter" && !e.shiftKey) ask(e); }} />
        <button type="submit" className="button button--primary" disabled={problem !== null} data-testid="stage-ask">{t("questions.send")}</button>
      </form>
      {problem === "too-long" && <p className="form-error">{t("questions.tooLong", { max: QUESTION_MAX })}</p>}
    </section>
  );
}
