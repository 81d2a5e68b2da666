import { useEffect, useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import type { MyCompany } from "../../../shared/protocol/companies.ts";
import { TASK_CATEGORIES, type TaskCategory } from "../../../shared/protocol/tasks.ts";
import { fetchMyCompanies } from "../../net/companyApi.ts";
import { createTask, fetchTask, updateTask } from "../../net/taskApi.ts";
import { navigate } from "../../router.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { companyErrorText } from "../companies/companyErrors.ts";
import { PageShell } from "../companies/PageShell.tsx";
import { checkTaskDraft, draftFromTask, emptyTaskDraft, type TaskDraft, type TaskField } from "./taskDraft.ts";
import { taskPath } from "./TaskBits.tsx";

/** /tasks/new and /tasks/:id/edit (drafts): the task form, checked with the shared schema before it is sent. */
export default function TaskFormPage({ taskId }: { taskId?: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const id = useId();
  const [draft, setDraft] = useState<TaskDraft | null>(taskId ? null : emptyTaskDraft());
  const [companies, setCompanies] = useState<MyCompany[]>([]);
  const [errors, setErrors] = useState<Partial<Record<TaskField, string>>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [skill, setSkill] = useState("");
  const [busy, setBusy] = useState(false);
  const token = session?.token;

  useEffect(() => {
    if (!token) return;
    void fetchMyCompanies(token).then((r) => { if (r.ok) setCompanies(r.value.companies); });
    if (taskId) {
      void fetchTask(taskId, token).then((r) => {
        if (r.ok) setDraft(draftFromTask(r.value));
        else setFailure(companyErrorText(t, r.error));
      });
    }
  }, [token, taskId, t]);

  if (!session) return <PageShell title={t("tasks.post")}><p className="company-empty"><AppLink to="/">{t("company.profile.signIn")}</AppLink></p></PageShell>;

  const set = <K extends keyof TaskDraft>(key: K, value: TaskDraft[K]) => {
    setDraft((d) => (d ? { ...d, [key]: value } : d));
    // A field's complaint goes once it is touched; the next send checks it again.
    const field = key === "negotiable" ? "budget" : key;
    setErrors((e) => (field in e ? Object.fromEntries(Object.entries(e).filter(([k]) => k !== field)) : e));
    setFailure(null);
  };
  const fieldError = (field: TaskField) => {
    const e = errors[field];
    if (!e) return null;
    const text = field === "budget" ? t("tasks.form.budgetError")
      : field === "title" ? t("tasks.form.titleError")
      : field === "description" ? t("tasks.form.descriptionError")
      : field === "deadline" ? t("tasks.form.deadlineError")
      : field === "maxApplications" ? t("tasks.form.maxError")
      : e;
    return <small className="task-field-error" role="alert" data-testid={`error-${field}`}>{text}</small>;
  };

  const addSkill = () => {
    if (!draft) return;
    const parts = skill.split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean);
    const next = [...draft.skills];
    for (const p of parts) if (!next.some((s) => s.toLowerCase() === p.toLowerCase())) next.push(p.slice(0, 24));
    set("skills", next.slice(0, 12));
    setSkill("");
  };

  const submit = async (publish: boolean) => {
    if (!draft || busy) return;
    const checked = checkTaskDraft(draft, publish);
    if (!checked.ok) {
      setErrors(checked.errors);
      setFailure(t("tasks.form.fix"));
      return;
    }
    setErrors({});
    setFailure(null);
    setBusy(true);
    const { publish: _publish, ...fields } = checked.body;
    const result = taskId ? await updateTask(session.token, taskId, fields) : await createTask(session.token, checked.body);
    setBusy(false);
    if (!result.ok) {
      const field = result.error.issues?.[0]?.path;
      if (field && field in draft) setErrors({ [field]: result.error.issues?.[0]?.message ?? result.error.message });
      setFailure(companyErrorText(t, result.error));
      return;
    }
    navigate(taskPath(result.value.id));
  };

  const onSubmit = (e: FormEvent) => { e.preventDefault(); void submit(true); };
  const onSkillKey = (e: KeyboardEvent<HTMLInputElement>) => { if (e.key === "Enter") { e.preventDefault(); addSkill(); } };
  const title = taskId ? t("tasks.form.editTitle") : t("tasks.post");

  return (
    <PageShell title={title}>
      <section className="company-hero"><h1>{title}</h1></section>
      {failure && <div className="notice notice--error" role="alert">{failure}</div>}
      {draft && (
        <form className="card company-card company-form task-form" onSubmit={onSubmit} noValidate data-testid="task-form">
          <div className="field company-field">
            <label htmlFor={`${id}-title`}>{t("tasks.fields.title")}</label>
            <input id={`${id}-title`} name="title" className="company-input" maxLength={80} value={draft.title} aria-invalid={!!errors.title}
              onChange={(e) => set("title", e.target.value)} />
            {fieldError("title")}
          </div>
          <div className="field company-field">
            <label htmlFor={`${id}-desc`}>{t("tasks.fields.description")}</label>
            <textarea id={`${id}-desc`} name="description" className="company-input" rows={6} maxLength={4000} value={draft.description}
              aria-invalid={!!errors.description} onChange={(e) => set("description", e.target.value)} />
            {fieldError("description")}
          </div>
          <div className="task-form__row">
            <div className="field company-field">
              <label htmlFor={`${id}-cat`}>{t("tasks.fields.category")}</label>
              <select id={`${id}-cat`} name="category" className="company-input" value={draft.category} onChange={(e) => set("category", e.target.value as TaskCategory)}>
                {TASK_CATEGORIES.map((c) => <option key={c} value={c}>{t(`tasks.categories.${c}`)}</option>)}
              </select>
            </div>
            <div className="field company-field">
              <label htmlFor={`${id}-for`}>{t("tasks.form.postFor")}</label>
              <select id={`${id}-for`} name="companyId" className="company-input" value={draft.companyId} disabled={!!taskId}
                onChange={(e) => set("companyId", e.target.value)}>
                <option value="">{t("tasks.form.myself")}</option>
                {companies.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </select>
              {fieldError("companyId")}
            </div>
          </div>
          <div className="field company-field">
            <label htmlFor={`${id}-skill`}>{t("tasks.fields.skills")}</label>
            <div className="task-tags">
              {draft.skills.map((s) => (
                <button key={s} type="button" className="chip task-skill task-skill--removable" onClick={() => set("skills", draft.skills.filter((x) => x !== s))}>
                  {s} ×
                </button>
              ))}
              <input id={`${id}-skill`} name="skill" className="company-input task-tags__input" value={skill} placeholder={t("tasks.form.skillsHint")}
                onChange={(e) => setSkill(e.target.value)} onKeyDown={onSkillKey} onBlur={() => skill.trim() && addSkill()} />
            </div>
            {fieldError("skills")}
          </div>
          <div className="task-form__row">
            <div className="field company-field">
              <label htmlFor={`${id}-budget`}>{t("tasks.fields.budget")}</label>
              <input id={`${id}-budget`} name="budget" inputMode="numeric" className="company-input" value={draft.budget} disabled={draft.negotiable}
                aria-invalid={!!errors.budget} onChange={(e) => set("budget", e.target.value)} />
              <label className="task-check">
                <input type="checkbox" name="negotiable" checked={draft.negotiable} onChange={(e) => set("negotiable", e.target.checked)} /> {t("tasks.negotiable")}
              </label>
              {fieldError("budget")}
            </div>
            <div className="field company-field">
              <label htmlFor={`${id}-deadline`}>{t("tasks.fields.deadline")}</label>
              <input id={`${id}-deadline`} name="deadline" type="date" className="company-input" value={draft.deadline} aria-invalid={!!errors.deadline}
                onChange={(e) => set("deadline", e.target.value)} />
              {fieldError("deadline")}
            </div>
            <div className="field company-field">
              <label htmlFor={`${id}-max`}>{t("tasks.form.maxApplications")}</label>
              <input id={`${id}-max`} name="maxApplications" inputMode="numeric" className="company-input" value={draft.maxApplications}
                aria-invalid={!!errors.maxApplications} onChange={(e) => set("maxApplications", e.target.value)} />
              {fieldError("maxApplications")}
            </div>
          </div>
          <label className="task-check">
            <input type="checkbox" name="certifiedOnly" checked={draft.certifiedOnly} onChange={(e) => set("certifiedOnly", e.target.checked)} /> {t("tasks.certifiedOnly")}
          </label>
          <div className="task-form__buttons">
            <button type="submit" className="button button--primary" disabled={busy} data-testid="task-publish">{taskId ? t("company.save") : t("tasks.actions.publish")}</button>
            {!taskId && <button type="button" className="button button--ghost" disabled={busy} onClick={() => void submit(false)}>{t("tasks.form.saveDraft")}</button>}
            <button type="button" className="button button--ghost" onClick={() => history.back()}>{t("company.cancel")}</button>
          </div>
        </form>
      )}
    </PageShell>
  );
}
