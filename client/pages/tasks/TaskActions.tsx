import { useEffect, useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import type { ExpertMatchList, TaskDetail, TransitionBody } from "../../../shared/protocol/tasks.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import type { Result } from "../../net/api.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { formatBudget } from "./taskBudget.ts";
import { PersonName } from "./TaskBits.tsx";
import { parseLinks } from "./taskLinks.ts";

/** The actions that are one button with a form (or none) in this panel; the rest live beside what they act on. */
const PANEL_ACTIONS = [
  "publish", "deliver", "accept", "requestChanges", "proposeCancel", "agreeCancel", "rejectCancel", "cancel", "withdraw", "dispute", "decide",
] as const;
type PanelAction = (typeof PANEL_ACTIONS)[number];
const REASON_NEEDED: ReadonlySet<PanelAction> = new Set(["requestChanges", "cancel", "dispute"]);
const REASON_OPTIONAL: ReadonlySet<PanelAction> = new Set(["proposeCancel", "withdraw", "rejectCancel"]);
const DECISIONS = ["accepted", "cancelled", "assigned"] as const;

type Done = Promise<boolean>;
interface Props {
  task: TaskDetail;
  signedIn: boolean;
  onApply: (body: { note: string; proposedFee: number | null }) => Done;
  onWithdrawApplication: () => Done;
  onAction: (action: string, body: TransitionBody) => Done;
  onRate: (body: { stars: number; comment: string }) => Done;
  onInvite: (userId: string) => Done;
  suggest: (() => Promise<Result<z.infer<typeof ExpertMatchList>>>) | null;
}

const fee = (s: string): number | null | "bad" => {
  const v = s.trim().replace(/[,，\s]/g, "");
  if (!v) return null;
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? n : "bad";
};

/** What the reader may do now, each with the form it needs; the server's `actions` list decides which. */
export function TaskActions({ task, signedIn, onApply, onWithdrawApplication, onAction, onRate, onInvite, suggest }: Props) {
  const { t } = useTranslation();
  const lng = useLanguage();
  const id = useId();
  const [open, setOpen] = useState<PanelAction | null>(null);
  const [reason, setReason] = useState("");
  const [text, setText] = useState("");
  const [links, setLinks] = useState("");
  const [decision, setDecision] = useState<(typeof DECISIONS)[number]>("accepted");
  const [note, setNote] = useState("");
  const [proposed, setProposed] = useState("");
  const [stars, setStars] = useState(5);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const actions = new Set(task.actions);
  const roundsLeft = Math.max(0, task.maxChangeRounds - task.changeRounds);
  const proposer = task.cancelProposedBy === null ? null : [task.poster, task.taker].find((p) => p?.id === task.cancelProposedBy) ?? task.poster;

  const run = async (work: () => Done) => {
    if (busy) return;
    setBusy(true);
    const ok = await work();
    setBusy(false);
    if (ok) {
      setOpen(null);
      setReason(""); setText(""); setLinks(""); setNote(""); setProposed(""); setProblem(null);
    }
  };

  const submitPanel = (e: FormEvent) => {
    e.preventDefault();
    if (!open) return;
    if (REASON_NEEDED.has(open) && !reason.trim()) return setProblem(t("tasks.actions.reason"));
    const body: TransitionBody = {};
    if (reason.trim()) body.reason = reason.trim();
    if (open === "deliver") {
      const parsed = parseLinks(links);
      if (!parsed.ok) return setProblem(t("tasks.actions.badLinks"));
      body.message = text.trim();
      body.links = parsed.links;
    }
    if (open === "decide") body.decision = decision;
    setProblem(null);
    void run(() => onAction(open, body));
  };

  const panel = PANEL_ACTIONS.filter((a) => actions.has(a));

  return (
    <div className="task-side">
      <section className="card company-card task-actions" data-testid="task-actions">
        <h2>{t("tasks.actions.title")}</h2>
        {!signedIn && <p className="muted"><AppLink to="/">{t("company.profile.signIn")}</AppLink></p>}
        {proposer && task.status === "assigned" && (
          <p className="notice task-notice--info" data-testid="cancel-proposed">{t("tasks.actions.proposeCancel")}: {proposer.displayName}</p>
        )}
        {actions.has("edit") && <AppLink to={`/tasks/${task.id}/edit`} className="button button--ghost">{t("tasks.form.editTitle")}</AppLink>}

        {actions.has("apply") && (
          <form className="company-form" onSubmit={(e) => {
            e.preventDefault();
            const f = fee(proposed);
            if (!note.trim()) return setProblem(t("tasks.actions.applyNote"));
            if (f === "bad") return setProblem(t("tasks.form.budgetError"));
            void run(() => onApply({ note: note.trim(), proposedFee: f }));
          }} data-testid="apply-form">
            <div className="field company-field">
              <label htmlFor={`${id}-note`}>{t("tasks.actions.applyNote")}</label>
              <textarea id={`${id}-note`} name="note" className="company-input" rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
            </div>
            <div className="field company-field">
              <label htmlFor={`${id}-fee`}>{t("tasks.actions.fee")}</label>
              <input id={`${id}-fee`} name="proposedFee" inputMode="numeric" className="company-input" value={proposed} onChange={(e) => setProposed(e.target.value)} />
            </div>
            <button type="submit" className="button button--primary" disabled={busy}>{t("tasks.actions.apply")}</button>
          </form>
        )}
        {actions.has("withdrawApplication") && (
          <button type="button" className="button button--ghost" disabled={busy} onClick={() => void run(onWithdrawApplication)}>{t("tasks.actions.withdrawApplication")}</button>
        )}

        {panel.length > 0 && (
          <div className="task-actions__buttons">
            {panel.map((a) => (
              <button key={a} type="button" data-action={a} aria-expanded={open === a}
                className={`button ${a === "accept" || a === "deliver" || a === "publish" ? "button--primary" : "button--ghost"} ${a === "cancel" || a === "dispute" ? "company-button--danger" : ""}`}
                onClick={() => { setOpen(open === a ? null : a); setProblem(null); }}>
                {t(`tasks.actions.${a}`)}
              </button>
            ))}
          </div>
        )}
        {actions.has("requestChanges") && <p className="muted">{t("tasks.detail.roundsLeft", { count: roundsLeft })}</p>}

        {open && (
          <form className="company-form task-action-form" onSubmit={submitPanel} data-testid={`form-${open}`}>
            {open === "deliver" && (
              <>
                <div className="field company-field">
                  <label htmlFor={`${id}-msg`}>{t("tasks.actions.deliver")}</label>
                  <textarea id={`${id}-msg`} name="message" className="company-input" rows={4} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} />
                </div>
                <div className="field company-field">
                  <label htmlFor={`${id}-links`}>{t("tasks.actions.deliverLinks")}</label>
                  <textarea id={`${id}-links`} name="links" className="company-input" rows={2} value={links} onChange={(e) => setLinks(e.target.value)} />
                </div>
              </>
            )}
            {open === "decide" && (
              <fieldset className="task-choice">
                {DECISIONS.map((d) => (
                  <label key={d} className="task-check">
                    <input type="radio" name="decision" value={d} checked={decision === d} onChange={() => setDecision(d)} /> {t(`tasks.actions.decision.${d}`)}
                  </label>
                ))}
              </fieldset>
            )}
            {(REASON_NEEDED.has(open) || REASON_OPTIONAL.has(open) || open === "decide") && (
              <div className="field company-field">
                <label htmlFor={`${id}-reason`}>{t("tasks.actions.reason")}</label>
                <textarea id={`${id}-reason`} name="reason" className="company-input" rows={3} maxLength={1000} value={reason} onChange={(e) => setReason(e.target.value)} />
              </div>
            )}
            <div className="task-form__buttons">
              <button type="submit" className="button button--primary" disabled={busy} data-testid="confirm-action">{t(`tasks.actions.${open}`)}</button>
              <button type="button" className="button button--ghost" onClick={() => setOpen(null)}>{t("company.cancel")}</button>
            </div>
          </form>
        )}

        {actions.has("rate") && (
          <form className="company-form" data-testid="rate-form" onSubmit={(e) => { e.preventDefault(); void run(() => onRate({ stars, comment: reason.trim() })); }}>
            <fieldset className="task-stars-input">
              <legend>{t("tasks.actions.rate")}</legend>
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className={n <= stars ? "task-star task-star--on" : "task-star"}>
                  <input type="radio" name="stars" value={n} checked={stars === n} onChange={() => setStars(n)} aria-label={`${n}/5`} />★
                </label>
              ))}
            </fieldset>
            <div className="field company-field">
              <label htmlFor={`${id}-comment`}>{t("tasks.actions.comment")}</label>
              <textarea id={`${id}-comment`} name="comment" className="company-input" rows={2} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
            <button type="submit" className="button button--primary" disabled={busy}>{t("tasks.actions.rate")}</button>
          </form>
        )}

        {problem && <p className="task-field-error" role="alert">{problem}</p>}
        {signedIn && task.actions.filter((a) => a !== "autoAccept").length === 0 && <p className="muted">{t("tasks.actions.none")}</p>}
      </section>

      {task.applicationList.length > 0 && (
        <section className="card company-card" data-testid="task-applications">
          <h2>{t("tasks.detail.applicationsTitle")}</h2>
          <ul className="task-applications">
            {task.applicationList.map((a) => (
              <li key={a.id} className="task-application" data-status={a.status}>
                <div className="task-application__head">
                  <PersonName person={a.applicant} />
                  {a.invited && <span className="chip task-chip">{t("tasks.detail.invited")}</span>}
                  {a.status !== "pending" && <span className="chip task-chip">{t(`tasks.detail.appStatus.${a.status}`)}</span>}
                </div>
                <p className="company-description">{a.note}</p>
                <p className="muted">{t("tasks.actions.fee")}: {formatBudget(a.proposedFee, lng, t("tasks.negotiable"))}</p>
                {actions.has("pick") && a.status === "pending" && (
                  <button type="button" className="button button--primary company-button--small" disabled={busy} data-testid="pick"
                    onClick={() => void run(() => onAction("pick", { applicationId: a.id }))}>{t("tasks.actions.pick")}</button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}

      {suggest && <SuggestedExperts suggest={suggest} onInvite={onInvite} invited={new Set(task.applicationList.filter((a) => a.invited).map((a) => a.applicant.id))} />}
    </div>
  );
}

function SuggestedExperts({ suggest, onInvite, invited }: {
  suggest: () => Promise<Result<z.infer<typeof ExpertMatchList>>>; onInvite: (userId: string) => Done; invited: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const [experts, setExperts] = useState<z.infer<typeof ExpertMatchList>["experts"]>([]);
  const [sent, setSent] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => { void suggest().then((r) => { if (r.ok) setExperts(r.value.experts); }); }, [suggest]);
  if (experts.length === 0) return null;
  return (
    <section className="card company-card" data-testid="suggested-experts">
      <h2>{t("tasks.detail.suggested")}</h2>
      <ul className="task-applications">
        {experts.map((m) => (
          <li key={m.expert.id} className="task-application">
            <div className="task-application__head">
              <PersonName person={m.expert} />
              {invited.has(m.expert.id) || sent.has(m.expert.id)
                ? <span className="chip task-chip">{t("tasks.detail.invited")}</span>
                : <button type="button" className="button button--ghost company-button--small"
                    onClick={() => void onInvite(m.expert.id).then((ok) => { if (ok) setSent((s) => new Set([...s, m.expert.id])); })}>{t("tasks.detail.invite")}</button>}
            </div>
            {m.skills.length > 0 && <div className="task-card__meta">{m.skills.map((s) => <span key={s} className="chip task-skill">{s}</span>)}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}
