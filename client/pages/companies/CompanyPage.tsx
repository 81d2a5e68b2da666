import { useCallback, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Company } from "../../../shared/protocol/companies.ts";
import type { ApiError } from "../../../shared/protocol/http.ts";
import { can } from "../../../shared/rules/permissions.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { fetchCompany, updateCompany } from "../../net/companyApi.ts";
import { companyDashboardPath, companyReportPath } from "../../router.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "./AppLink.tsx";
import { BoothApplicationsPanel } from "./BoothApplicationsPanel.tsx";
import { CardInbox } from "./CardInbox.tsx";
import { changedFields, checkDraft, draftFromCompany } from "./companyDraft.ts";
import { companyErrorText } from "./companyErrors.ts";
import { CompanyForm } from "./CompanyForm.tsx";
import { CompanyProfile } from "./CompanyProfile.tsx";
import { CompanyHeading } from "./CompanyShowcase.tsx";
import { MembersPanel } from "./MembersPanel.tsx";
import { ModerationPanel } from "./ModerationPanel.tsx";
import { PageShell } from "./PageShell.tsx";
import { VisitFigures } from "./VisitFigures.tsx";
import { Reputation } from "../tasks/Reputation.tsx";

type Tab = "profile" | "edit" | "inbox" | "visits" | "members" | "booths" | "moderation";
type Load = { state: "loading" } | { state: "ready"; company: Company } | { state: "failed"; error: ApiError };

/**
 * /companies/:id: the company as a visitor sees it; its members also edit it, read the cards left
 * at its booths, see visit figures, manage members and apply for booths; managers moderate it.
 */
export default function CompanyPage({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const { t: td } = useTranslation("dashboard");
  const { t: tr } = useTranslation("report");
  const lng = useLanguage();
  const session = useSession();
  const token = session?.token ?? null;
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [tab, setTab] = useState<Tab>("profile");
  const [unread, setUnread] = useState<number | null>(null);

  const refresh = useCallback(async () => {
    const r = await fetchCompany(companyId, token);
    setLoad((prev) => (r.ok ? { state: "ready", company: r.value } : prev.state === "ready" && r.error.status !== 404 ? prev : { state: "failed", error: r.error }));
  }, [companyId, token]);
  useEffect(() => {
    setLoad({ state: "loading" });
    setTab("profile");
    setUnread(null);
    void refresh();
  }, [refresh]);

  const company = load.state === "ready" ? load.company : null;
  const isMember = company?.myRole != null;
  const isManager = session !== null && can(session.user.role, "company.moderate");
  const tabs = useMemo<Tab[]>(() => [
    "profile",
    ...(isMember ? (["edit", "inbox", "visits", "members", "booths"] as const) : []),
    ...(isManager ? (["moderation"] as const) : []),
  ], [isMember, isManager]);
  const onUnread = useCallback((n: number) => setUnread(n), []);

  return (
    <PageShell title={company?.name ?? t("company.companies")}>
      <p className="company-back"><AppLink to="/companies">← {t("company.page.back")}</AppLink></p>
      {load.state === "loading" && <p className="muted" role="status">{t("company.loading")}</p>}
      {load.state === "failed" && (
        <div className="notice notice--error" role="alert">
          <span>{load.error.status === 404 ? t("company.page.notFound") : `${t("company.page.failed")} ${companyErrorText(t, load.error)}`}</span>
          {load.error.status !== 404 && <button type="button" className="button button--ghost" onClick={() => void refresh()}>{t("company.retry")}</button>}
        </div>
      )}
      {company && (
        <article className="company-page" style={{ ["--company-colour" as string]: company.colour }}>
          <header className="company-page__head">
            <CompanyHeading company={company} />
            <p className="company-page__facts muted">
              {t("company.page.members", { count: company.memberCount })}
              {company.myRole && <> · {t("company.page.yourRole", { role: t(`company.roles.${company.myRole}`) })}</>}
              {(isMember || isManager) && <> · <AppLink to={companyDashboardPath(company.id)} data-testid="company-dashboard-link">{td("company.link")}</AppLink></>}
              {isMember && <> · <AppLink to={companyReportPath(company.id)} data-testid="company-report-link">{tr("links.companyYear")}</AppLink></>}
            </p>
            {company.rating && <Reputation rating={company.rating} />}
          </header>
          {company.suspended && <p className="notice company-notice">{t("company.page.suspendedNotice")}</p>}

          {tabs.length > 1 && (
            <div className="company-tabs" role="tablist" aria-label={t("company.page.tabs")}>
              {tabs.map((name) => (
                <button key={name} type="button" role="tab" aria-selected={tab === name} aria-controls={`company-tab-${name}`} id={`company-tabbtn-${name}`}
                  onClick={() => setTab(name)}>
                  {t(`company.page.tab.${name}`)}
                  {name === "inbox" && unread !== null && unread > 0 && <span className="chat__tab-unread">{unread}</span>}
                </button>
              ))}
            </div>
          )}

          <div role={tabs.length > 1 ? "tabpanel" : undefined} id={`company-tab-${tab}`} aria-labelledby={tabs.length > 1 ? `company-tabbtn-${tab}` : undefined}>
            {tab === "profile" && <CompanyProfile company={company} lng={lng} />}
            {tab === "edit" && token && (
              <section className="card company-card">
                <CompanyForm
                  key={company.id}
                  token={token}
                  full
                  initial={draftFromCompany(company)}
                  submitLabel={t("company.save")}
                  onSubmit={async (body) => {
                    const before = checkDraft(draftFromCompany(company));
                    const patch = before.ok ? changedFields(before.body, body) : body;
                    if (Object.keys(patch).length === 0) return null;
                    const r = await updateCompany(token, company.id, patch);
                    if (!r.ok) return r.error;
                    setLoad({ state: "ready", company: r.value });
                    return null;
                  }}
                />
              </section>
            )}
            {tab === "inbox" && token && <CardInbox token={token} companyId={company.id} lng={lng} onUnread={onUnread} />}
            {tab === "visits" && token && <VisitFigures token={token} companyId={company.id} />}
            {tab === "members" && token && session && (
              <MembersPanel token={token} companyId={company.id} myUserId={session.user.id} isOwner={company.myRole === "owner"} onChanged={() => void refresh()} />
            )}
            {tab === "booths" && token && <BoothApplicationsPanel token={token} companyId={company.id} lng={lng} />}
            {tab === "moderation" && token && <ModerationPanel token={token} company={company} onChanged={() => void refresh()} />}
          </div>
        </article>
      )}
    </PageShell>
  );
}
