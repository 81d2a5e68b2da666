import { useCallback, useEffect, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { INDUSTRIES, type CompanySummary, type Industry } from "../../../shared/protocol/companies.ts";
import type { ApiError } from "../../../shared/protocol/http.ts";
import { can } from "../../../shared/rules/permissions.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { createCompany, listCompanies } from "../../net/companyApi.ts";
import { companyPath, navigate } from "../../router.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "./AppLink.tsx";
import { slotLabel } from "./boothPlace.ts";
import { filterCompanies } from "./companyFilter.ts";
import { emptyDraft, COMPANY_COLOURS } from "./companyDraft.ts";
import { companyErrorText } from "./companyErrors.ts";
import { CompanyForm } from "./CompanyForm.tsx";
import { CompanyLogo } from "./CompanyLogo.tsx";
import { PageShell } from "./PageShell.tsx";
import { VerifiedBadge } from "./VerifiedBadge.tsx";

type Load = { state: "loading" } | { state: "ready"; companies: CompanySummary[] } | { state: "failed"; error: ApiError };

/** /companies: the directory of companies, searchable, with "Create a company" for residents and managers. */
export default function CompaniesPage() {
  const { t } = useTranslation();
  const lng = useLanguage();
  const session = useSession();
  const id = useId();
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [query, setQuery] = useState("");
  const [industry, setIndustry] = useState<Industry | "all">("all");
  const [creating, setCreating] = useState(false);
  const mayCreate = session !== null && can(session.user.role, "company.create");

  const refresh = useCallback(async () => {
    const result = await listCompanies(session?.token);
    setLoad(result.ok ? { state: "ready", companies: result.value.companies } : { state: "failed", error: result.error });
  }, [session?.token]);
  useEffect(() => { void refresh(); }, [refresh]);

  const shown = useMemo(
    () => (load.state === "ready" ? filterCompanies(load.companies, query, industry, lng) : []),
    [load, query, industry, lng],
  );

  return (
    <PageShell title={t("company.list.title")}>
      <section className="company-hero">
        <div>
          <h1>{t("company.list.title")}</h1>
          <p className="hero__lead">{t("company.list.lead")}</p>
        </div>
        {mayCreate && !creating && (
          <button type="button" className="button button--primary" onClick={() => setCreating(true)}>+ {t("company.list.create")}</button>
        )}
      </section>

      {creating && session && (
        <section className="card company-card company-create" aria-labelledby={`${id}-create`}>
          <h2 id={`${id}-create`}>{t("company.create.title")}</h2>
          <p className="muted">{t("company.create.lead")}</p>
          <CompanyForm
            token={session.token}
            full={false}
            initial={emptyDraft(COMPANY_COLOURS[Math.floor(Math.random() * COMPANY_COLOURS.length)])}
            submitLabel={t("company.create.submit")}
            onCancel={() => setCreating(false)}
            onSubmit={async (body) => {
              const result = await createCompany(session.token, body);
              if (!result.ok) return result.error;
              navigate(companyPath(result.value.id));
              return null;
            }}
          />
        </section>
      )}

      <section className="company-directory" aria-label={t("company.list.title")}>
        <div className="company-toolbar" role="search">
          <div className="field company-field company-toolbar__search">
            <label htmlFor={`${id}-q`}>{t("company.list.search")}</label>
            <input id={`${id}-q`} type="search" className="company-input" placeholder={t("company.list.searchPlaceholder")} value={query}
              onChange={(e) => setQuery(e.target.value)} />
          </div>
          <div className="field company-field">
            <label htmlFor={`${id}-industry`}>{t("company.list.industry")}</label>
            <select id={`${id}-industry`} className="company-input" value={industry} onChange={(e) => setIndustry(e.target.value as Industry | "all")}>
              <option value="all">{t("company.list.allIndustries")}</option>
              {INDUSTRIES.map((i) => <option key={i} value={i}>{t(`company.industries.${i}`)}</option>)}
            </select>
          </div>
          {load.state === "ready" && <p className="company-toolbar__count muted" role="status">{t("company.list.count", { count: shown.length })}</p>}
        </div>

        {load.state === "loading" && <p className="muted" role="status">{t("company.loading")}</p>}
        {load.state === "failed" && (
          <div className="notice notice--error" role="alert">
            <span>{t("company.list.failed")} {companyErrorText(t, load.error)}</span>
            <button type="button" className="button button--ghost" onClick={() => { setLoad({ state: "loading" }); void refresh(); }}>{t("company.retry")}</button>
          </div>
        )}
        {load.state === "ready" && load.companies.length === 0 && <p className="muted">{t("company.list.empty")}</p>}
        {load.state === "ready" && load.companies.length > 0 && shown.length === 0 && <p className="muted">{t("company.list.noMatch")}</p>}
        {shown.length > 0 && (
          <ul className="company-grid" data-testid="company-list">
            {shown.map((c) => (
              <li key={c.id} className="company-tile" style={{ ["--company-colour" as string]: c.colour }}>
                <AppLink to={companyPath(c.id)} className="company-tile__link">
                  <CompanyLogo name={c.name} colour={c.colour} logoImageId={c.logoImageId} alt={t("company.image.logoAlt", { name: c.name })} />
                  <span className="company-tile__text">
                    <span className="company-tile__name">{c.name}</span>
                    <span className="company-tile__meta">
                      <span className="chip company-chip">{t(`company.industries.${c.industry}`)}</span>
                      {c.verified && <VerifiedBadge compact />}
                      {c.suspended && <span className="chip company-chip--suspended">{t("company.suspended")}</span>}
                    </span>
                    <span className="company-tile__booth muted">
                      {c.booths[0] ? t("company.list.boothAt", { slot: slotLabel(c.booths[0].slotId) }) : t("company.list.noBooth")}
                    </span>
                  </span>
                </AppLink>
              </li>
            ))}
          </ul>
        )}
      </section>
    </PageShell>
  );
}
