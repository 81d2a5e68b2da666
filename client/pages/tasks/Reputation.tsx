import { useTranslation } from "react-i18next";
import type { Rating } from "../../../shared/protocol/companies.ts";
import type { ExpertLevel } from "../../../shared/protocol/tasks.ts";
import { ExpertBadge } from "./TaskBits.tsx";

/**
 * What the demand hall says about someone: certification, stars received, tasks completed, and
 * tasks they took and gave back (shown so a poster can judge, as the marketplaces' takers who
 * claim and vanish taught).
 */
export function Reputation(props: { expertLevel?: ExpertLevel; rating?: Rating; completedTasks?: number; withdrawals?: number }) {
  const { t } = useTranslation();
  const { rating, completedTasks, withdrawals } = props;
  return (
    <p className="reputation" data-testid="reputation">
      {props.expertLevel && <ExpertBadge level={props.expertLevel} />}
      {rating && (
        <span className="reputation__item">
          {rating.stars === null ? t("company.card.unrated") : t("company.card.rating", { stars: rating.stars.toFixed(1), count: rating.count })}
        </span>
      )}
      {completedTasks !== undefined && completedTasks > 0 && <span className="reputation__item">{t("company.card.completed", { count: completedTasks })}</span>}
      {withdrawals !== undefined && withdrawals > 0 && (
        <span className="reputation__item reputation__item--warn">{t("company.card.withdrawals", { count: withdrawals })}</span>
      )}
    </p>
  );
}
