import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CompanySummary } from "../../../shared/protocol/companies.ts";
import type { ApiError } from "../../../shared/protocol/http.ts";
import { TASK_CATEGORIES, TASK_STATUSES, type TaskCategory, type TaskStatus, type TaskSummary } from "../../../shared/protocol/tasks.ts";
import { can } from "../../../shared/rules/permissions.ts";
import { listCompanies } from "../../net/companyApi.ts";
import { fetchSuggestedTasks, listTasks } from "../../net/taskApi.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { companyErrorText } from "../companies/companyErrors.ts";
import { PageShell } from "../companies/PageShell.tsx";
import { TaskCard } from "./TaskBits.tsx";
import { badBudget, emptyFilters, taskQueryString, type MineFilter, type TaskFilters, type TaskTab } from "./taskQuery.ts";

type Load = { state: "loading" } | { state: "ready"; tasks: TaskSummary[]; total: number } | { state: "failed"; error: ApiError };
const MINE: readonly MineFilter[] = ["posted", "applied", "taking", "delivered"];

/** /tasks: the demand hall, searchable and filtered on the server. */
export default function TasksPage() {
  const { t } = useTranslation();
  const session = useSession();
  const id = useId();
  const [tab, setTab] = useState<TaskTab>("open");
  const [mine, setMine] = useState<MineFilter>("posted");
  const [filters, setFilters] = useState<TaskFilters>(emptyFilters);
  const [typed, setTyped] = useState("");
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [companies, setCompanies] = useState<CompanySummary[]>([]);
  const mayPost = session !== null && can(session.user.role, "task.work");
  const token = session?.token;

  useEffect(() => {
    void listCompanies(token).then((r) => { if (r.ok) setCompanies(r.value.companies); });
  }, [token]);

  // The search box waits for a pause in typing before asking the server.
  useEffect(() => {
    const timer = setTimeout(() => setFilters((f) => (f.q === typed ? f : { ...f, q: typed })), 300);
    return () => clearTimeout(timer);
  }, [typed]);

  useEffect(() => {
    let live = true;
    setLoad({ state: "loading" });
    const run = async () => {
      if (tab === "suggested") {
        if (!token) return setLoad({ state: "ready", tasks: [], total: 0 });
        const r = await fetchSuggestedTasks(token);
        if (live) setLoad(r.ok ? { state: "ready", tasks: r.value.tasks.map((m) => m.task), total: r.value.tasks.length } : { state: "failed", error: r.error });
        return;
      }
      const r = await listTasks(taskQueryString(tab, mine, filters, { limit: 100, offset: 0 }), token);
      if (live) setLoad(r.ok ? { state: "ready", tasks: r.value.tasks, total: r.value.total } : { state: "failed", error: r.error });
    };
    void run();
    return () => { live = false; };
  }, [tab, mine, filters, token]);

  const set = <K extends keyof TaskFilters>(key: K, value: TaskFilters[K]) => setFilters((f) => ({ ...f, [key]: value }));
  const tabs: TaskTab[] = session && can(session.user.role, "task.work") ? ["open", "mine", "suggested"] : ["open"];

  return (
    <PageShell title={t("tasks.title")}>
      <section className="company-hero">
        <div>
          <h1>{t("tasks.title")}</h1>
          <p className="hero__lead">{t("tasks.lead")}</p>
        </div>
        {mayPost && <AppLink to="/tasks/new" className="button button--primary" data-testid="post-task">+ {t("tasks.post")}</AppLink>}
      </section>

      {tabs.length > 1 && (
        <div className="task-tabs" role="tablist" aria-label={t("tasks.title")}>
          {tabs.map((k) => (
            <button key={k} type="button" role="tab" aria-selected={tab === k} className="task-tab" onClick={() => setTab(k)}>{t(`tasks.tabs.${k}`)}</button>
          ))}
        </div>
      )}
      {tab === "mine" && (
        <div className="task-subtabs">
          {MINE.map((k) => (
            <button key={k} type="button" aria-pressed={mine === k} className="chip task-subtab" onClick={() => setMine(k)}>{t(`tasks.mine.${k}`)}</button>
          ))}
        </div>
      )}

      <section aria-label={t("tasks.title")}>
        {tab !== "suggested" && (
          <div className="company-toolbar task-filters" role="search">
            <div className="field company-field company-toolbar__search">
              <label htmlFor={`${id}-q`}>{t("tasks.filters.search")}</label>
              <input id={`${id}-q`} type="search" className="company-input" value={typed} onChange={(e) => setTyped(e.target.value)} data-testid="task-search" />
            </div>
            <div className="field company-field">
              <label htmlFor={`${id}-cat`}>{t("tasks.fields.category")}</label>
              <select id={`${id}-cat`} className="company-input" value={filters.category} onChange={(e) => set("category", e.target.value as TaskCategory | "")}>
                <option value="">{t("tasks.filters.any")}</option>
                {TASK_CATEGORIES.map((c) => <option key={c} value={c}>{t(`tasks.categories.${c}`)}</option>)}
              </select>
            </div>
            <div className="field company-field">
              <label htmlFor={`${id}-skill`}>{t("tasks.filters.skill")}</label>
              <input id={`${id}-skill`} className="company-input" value={filters.skill} onChange={(e) => set("skill", e.target.value)} />
            </div>
            <div className="field company-field">
              <label htmlFor={`${id}-status`}>{t("tasks.filters.status")}</label>
              <select id={`${id}-status`} className="company-input" value={filters.status} onChange={(e) => set("status", e.target.value as TaskStatus | "")}>
                <option value="">{tab === "open" ? t("tasks.status.open") : t("tasks.filters.any")}</option>
                {TASK_STATUSES.filter((s) => tab !== "open" || s !== "open").map((s) => <option key={s} value={s}>{t(`tasks.status.${s}`)}</option>)}
              </select>
            </div>
            <div className="field company-field">
              <label htmlFor={`${id}-co`}>{t("tasks.filters.company")}</label>
              <select id={`${id}-co`} className="company-input" value={filters.companyId} onChange={(e) => set("companyId", e.target.value)}>
                <option value="">{t("tasks.filters.any")}</option>
                {companies.map((c) => <option key={c.id} value={c.id}>{c.name}</option>)}
              </select>
            </div>
            <div className="field company-field task-filters__budget">
              <label htmlFor={`${id}-min`}>{t("tasks.filters.budgetMin")}</label>
              <input id={`${id}-min`} inputMode="numeric" className="company-input" value={filters.budgetMin} aria-invalid={badBudget(filters.budgetMin)}
                onChange={(e) => set("budgetMin", e.target.value)} />
            </div>
            <div className="field company-field task-filters__budget">
              <label htmlFor={`${id}-max`}>{t("tasks.filters.budgetMax")}</label>
              <input id={`${id}-max`} inputMode="numeric" className="company-input" value={filters.budgetMax} aria-invalid={badBudget(filters.budgetMax)}
                onChange={(e) => set("budgetMax", e.target.value)} />
            </div>
          </div>
        )}

        {load.state === "loading" && <p className="muted" role="status">{t("company.loading")}</p>}
        {load.state === "failed" && (
          <div className="notice notice--error" role="alert">
            <span>{companyErrorText(t, load.error)}</span>
            <button type="button" className="button button--ghost" onClick={() => setFilters((f) => ({ ...f }))}>{t("company.retry")}</button>
          </div>
        )}
        {load.state === "ready" && (
          <>
            <p className="muted task-count" role="status">{t("tasks.count", { count: load.total })}</p>
            {load.tasks.length === 0
              ? <p className="company-empty">{t("tasks.empty")}</p>
              : <ul className="task-grid" data-testid="task-list">{load.tasks.map((task) => <TaskCard key={task.id} task={task} />)}</ul>}
          </>
        )}
      </section>
    </PageShell>
  );
}
