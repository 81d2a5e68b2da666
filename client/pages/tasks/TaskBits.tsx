import { useTranslation } from "react-i18next";
import { TASK_CATEGORIES, type PersonRef, type TaskCategory, type TaskStatus, type TaskSummary } from "../../../shared/protocol/tasks.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { VerifiedBadge } from "../companies/VerifiedBadge.tsx";
import { formatBudget, formatDay } from "./taskBudget.ts";

export const taskPath = (id: string): string => `/tasks/${id}`;

/** A certified expert's or an authority's mark beside their name. */
export function ExpertBadge({ level }: { level: PersonRef["expertLevel"] }) {
  const { t } = useTranslation();
  if (level === "none") return null;
  return <span className={`task-expert task-expert--${level}`} data-testid="expert-badge">★ {t(`tasks.expert.${level}`)}</span>;
}

export function PersonName({ person }: { person: PersonRef }) {
  return (
    <span className="task-person">
      <span className="avatar-dot" style={{ background: person.colour }} aria-hidden="true">{Array.from(person.displayName)[0]?.toUpperCase()}</span>
      <span className="task-person__name">{person.displayName}</span>
      <ExpertBadge level={person.expertLevel} />
    </span>
  );
}

export function StatusChip({ status }: { status: TaskStatus }) {
  const { t } = useTranslation();
  return <span className={`chip task-status task-status--${status}`} data-testid="task-status">{t(`tasks.status.${status}`)}</span>;
}

/** One task in a list: what someone deciding whether to apply wants to see at a glance. */
export function TaskCard({ task }: { task: TaskSummary }) {
  const { t } = useTranslation();
  const lng = useLanguage();
  return (
    <li className="task-card" data-testid="task-card">
      <AppLink to={taskPath(task.id)} className="task-card__link">
        <span className="task-card__top">
          <span className="task-card__title">{task.title}</span>
          <span className="task-card__budget">{formatBudget(task.budget, lng, t("tasks.negotiable"))}</span>
        </span>
        <span className="task-card__who">
          {task.company
            ? <><span className="task-card__company">{task.company.name}</span>{task.company.verified && <VerifiedBadge compact />}</>
            : <span className="muted">{t("tasks.byPerson", { name: task.poster.displayName })}</span>}
        </span>
        <span className="task-card__meta">
          {task.status !== "open" && <StatusChip status={task.status} />}
          <span className="chip task-chip">{t(`tasks.categories.${task.category}`)}</span>
          {task.certifiedOnly && <span className="chip task-chip--certified">{t("tasks.certifiedOnly")}</span>}
          {task.skills.map((s) => <span key={s} className="chip task-skill">{s}</span>)}
        </span>
        <span className="task-card__foot muted">
          <span>{t("tasks.applications", { count: task.applications, max: task.maxApplications })}</span>
          {task.deadline && <span>{t("tasks.deadline", { day: formatDay(task.deadline, lng) })}</span>}
        </span>
      </AppLink>
    </li>
  );
}

const isCategory = (s: string): s is TaskCategory => (TASK_CATEGORIES as readonly string[]).includes(s);

/** A category (or an expert's field) in the reader's language; an unknown one as it came. */
export function CategoryChip({ category }: { category: string }) {
  const { t } = useTranslation();
  return <span className="chip task-chip">{isCategory(category) ? t(`tasks.categories.${category}`) : category}</span>;
}
