import { useCallback, useEffect, useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { AVATAR_STYLES, MAX_SKILLS, UpdateProfileBody, type AvatarStyle, type Invitation, type MyCompany, type Profile } from "../../../shared/protocol/companies.ts";
import type { ApiError } from "../../../shared/protocol/http.ts";
import { answerInvitation, fetchMyCompanies, fetchMyInvitations, fetchMyProfile, updateMyProfile } from "../../net/companyApi.ts";
import { companyPath } from "../../router.ts";
import { sessionStore, setSession, useSession } from "../../state/session.ts";
import { CertificationPanel } from "../tasks/CertificationPanel.tsx";
import { AppLink } from "./AppLink.tsx";
import { ColourSwatches } from "./ColourSwatches.tsx";
import { companyErrorText } from "./companyErrors.ts";
import { CompanyLogo } from "./CompanyLogo.tsx";
import { PageShell } from "./PageShell.tsx";
import { addSkills } from "./skillTags.ts";
import { VerifiedBadge } from "./VerifiedBadge.tsx";

type Load = { state: "loading" } | { state: "ready"; profile: Profile } | { state: "failed"; error: ApiError };

/** /me: my profile (name, colour, clothing, bio, skills), my companies and the invitations waiting for me. */
export default function ProfilePage() {
  const { t } = useTranslation();
  const { t: tr } = useTranslation("report");
  const session = useSession();
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [companies, setCompanies] = useState<MyCompany[] | null>(null);
  const [invitations, setInvitations] = useState<Invitation[] | null>(null);
  const token = session?.token ?? null;
  const guest = !session || session.user.role === "guest";

  const refresh = useCallback(async () => {
    if (!token || guest) return;
    const [p, c, i] = await Promise.all([fetchMyProfile(token), fetchMyCompanies(token), fetchMyInvitations(token)]);
    setLoad(p.ok ? { state: "ready", profile: p.value } : { state: "failed", error: p.error });
    if (c.ok) setCompanies(c.value.companies);
    if (i.ok) setInvitations(i.value.invitations.filter((x) => x.status === "pending"));
  }, [token, guest]);
  useEffect(() => { void refresh(); }, [refresh]);

  if (guest || !token) {
    return (
      <PageShell title={t("company.profile.title")}>
        <section className="card company-card company-guest">
          <h1>{t("company.profile.title")}</h1>
          <p>{t("company.profile.guest")}</p>
          <AppLink to="/" className="button button--primary">{t("company.profile.signIn")}</AppLink>
        </section>
      </PageShell>
    );
  }

  return (
    <PageShell title={t("company.profile.title")}>
      <section className="company-hero">
        <div>
          <h1>{t("company.profile.title")}</h1>
          <p className="hero__lead">{t("company.profile.lead")}</p>
        </div>
        <AppLink to="/report" className="button button--primary" data-testid="my-year-link">{tr("links.myYear")}</AppLink>
      </section>
      <div className="company-profile">
        <div className="company-profile__main">
          {load.state === "loading" && <p className="muted" role="status">{t("company.loading")}</p>}
          {load.state === "failed" && <p className="notice notice--error" role="alert">{t("company.profile.failed")} {companyErrorText(t, load.error)}</p>}
          {load.state === "ready" && (
            <ProfileForm token={token} profile={load.profile} onSaved={(p) => {
              setLoad({ state: "ready", profile: p });
              // The name and colour in the header and the next park visit follow at once.
              const s = sessionStore.getState().session;
              if (s) setSession({ ...s, user: { ...s.user, displayName: p.displayName, colour: p.colour } });
            }} />
          )}
        </div>
        <aside className="company-profile__side">
          <section className="card company-card" aria-labelledby="me-invitations">
            <h2 id="me-invitations">{t("company.profile.invitations")}</h2>
            {invitations?.length === 0 && <p className="muted">{t("company.profile.noInvitations")}</p>}
            <ul className="profile-invitations" data-testid="my-invitations">
              {invitations?.map((inv) => <InvitationRow key={inv.id} token={token} invitation={inv} onAnswered={() => void refresh()} />)}
            </ul>
          </section>
          <section className="card company-card" aria-labelledby="me-companies">
            <h2 id="me-companies">{t("company.profile.companies")}</h2>
            {companies?.length === 0 && <p className="muted">{t("company.profile.noCompanies")}</p>}
            <ul className="profile-companies">
              {companies?.map((c) => (
                <li key={c.id}>
                  <AppLink to={companyPath(c.id)} className="profile-companies__link">
                    <CompanyLogo name={c.name} colour={c.colour} logoImageId={c.logoImageId} size="small" alt={t("company.image.logoAlt", { name: c.name })} />
                    <span>{c.name}</span>
                    {c.verified && <VerifiedBadge compact />}
                    <span className={`company-role company-role--${c.myRole}`}>{t(`company.roles.${c.myRole}`)}</span>
                  </AppLink>
                </li>
              ))}
            </ul>
            <AppLink to="/companies" className="button button--ghost company-button--small">{t("company.nav.companies")} →</AppLink>
          </section>
          <CertificationPanel token={token} />
        </aside>
      </div>
    </PageShell>
  );
}

function InvitationRow({ token, invitation, onAnswered }: { token: string; invitation: Invitation; onAnswered: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const answer = async (accept: boolean) => {
    setBusy(true);
    const r = await answerInvitation(token, invitation.id, accept);
    setBusy(false);
    if (r.ok) onAnswered();
    else setError(companyErrorText(t, r.error));
  };
  return (
    <li className="profile-invitation">
      <p><strong>{t("company.profile.invitedTo", { company: invitation.companyName })}</strong></p>
      {invitation.invitedBy && <p className="muted">{t("company.profile.invitedBy", { name: invitation.invitedBy })}</p>}
      <div className="company-form__actions">
        <button type="button" className="button button--primary company-button--small" disabled={busy} onClick={() => void answer(true)}>{t("company.profile.accept")}</button>
        <button type="button" className="button button--ghost company-button--small" disabled={busy} onClick={() => void answer(false)}>{t("company.profile.decline")}</button>
      </div>
      <p className="form-error" role="alert">{error ?? ""}</p>
    </li>
  );
}

function ProfileForm({ token, profile, onSaved }: { token: string; profile: Profile; onSaved: (p: Profile) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [displayName, setDisplayName] = useState(profile.displayName);
  const [colour, setColour] = useState(profile.colour);
  const [style, setStyle] = useState<AvatarStyle>(profile.avatarStyle);
  const [bio, setBio] = useState(profile.bio);
  const [skills, setSkills] = useState(profile.skills);
  const [typed, setTyped] = useState("");
  const [skillError, setSkillError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  const touch = () => setSaved(false);
  const addTyped = () => {
    const r = addSkills(skills, typed);
    if ("problem" in r) {
      setSkillError(t(`company.profile.skillProblem.${r.problem}`, { max: MAX_SKILLS }));
      return;
    }
    setSkills(r.skills);
    setTyped("");
    setSkillError(null);
    touch();
  };
  const onSkillKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      addTyped();
    }
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = UpdateProfileBody.safeParse({ displayName, colour: colour.toLowerCase(), avatarStyle: style, bio, skills });
    if (!body.success) {
      const issue = body.error.issues[0]!;
      const labels: Record<string, string> = {
        displayName: t("company.profile.displayName"), bio: t("company.profile.bio"), skills: t("company.profile.skills"), colour: t("company.profile.colour"),
      };
      const field = String(issue.path[0] ?? "");
      setError(t("company.form.problem", { field: labels[field] ?? field, message: field === "displayName" ? t("errors.rules.displayName") : issue.message }));
      return;
    }
    setBusy(true);
    const r = await updateMyProfile(token, body.data);
    setBusy(false);
    if (!r.ok) {
      setError(companyErrorText(t, r.error));
      return;
    }
    setError(null);
    setSaved(true);
    onSaved(r.value);
  };

  return (
    <form className="card company-card company-form profile-form" onSubmit={(e) => void submit(e)} data-testid="profile-form">
      <div className="profile-form__preview" aria-hidden="true">
        <span className="avatar-dot avatar-dot--large" style={{ background: colour }}>{Array.from(displayName)[0]?.toUpperCase()}</span>
        <span className="profile-form__preview-name">{displayName}</span>
      </div>
      <div className="field company-field">
        <label htmlFor={`${id}-name`}>{t("company.profile.displayName")}</label>
        <input id={`${id}-name`} className="company-input" maxLength={32} value={displayName} onChange={(e) => { setDisplayName(e.target.value); touch(); }} />
      </div>
      <div className="company-form__grid">
        <div className="field company-field">
          <span className="company-field__label" id={`${id}-colour`}>{t("company.profile.colour")}</span>
          <ColourSwatches value={colour} onChange={(c) => { setColour(c); touch(); }} labelledBy={`${id}-colour`} label={t("company.profile.colour")} />
        </div>
        <fieldset className="field company-field profile-styles">
          <legend className="company-field__label">{t("company.profile.style")}</legend>
          <div className="segmented profile-styles__options">
            {AVATAR_STYLES.map((s) => (
              <button key={s} type="button" aria-pressed={style === s} className={style === s ? "profile-styles__on" : ""} onClick={() => { setStyle(s); touch(); }}>
                {t(`company.profile.styles.${s}`)}
              </button>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="field company-field">
        <label htmlFor={`${id}-bio`}>{t("company.profile.bio")}</label>
        <textarea id={`${id}-bio`} className="company-input" rows={3} maxLength={500} value={bio} placeholder={t("company.profile.bioPlaceholder")}
          onChange={(e) => { setBio(e.target.value); touch(); }} />
      </div>
      <div className="field company-field">
        <label htmlFor={`${id}-skill`}>{t("company.profile.skills")}</label>
        <ul className="profile-tags" aria-live="polite">
          {skills.map((s) => (
            <li key={s} className="profile-tag">
              {s}
              <button type="button" className="profile-tag__remove" aria-label={t("company.profile.removeSkill", { skill: s })}
                onClick={() => { setSkills(skills.filter((x) => x !== s)); touch(); }}>×</button>
            </li>
          ))}
        </ul>
        <div className="company-inline-form">
          <input id={`${id}-skill`} className="company-input" value={typed} maxLength={200} placeholder={t("company.profile.skillPlaceholder")}
            onChange={(e) => setTyped(e.target.value)} onKeyDown={onSkillKey} aria-describedby={`${id}-skill-hint`} />
          <button type="button" className="button button--ghost" onClick={addTyped}>{t("company.profile.addSkill")}</button>
        </div>
        <small id={`${id}-skill-hint`}>{t("company.profile.skillsHint", { max: MAX_SKILLS })}</small>
        {skillError && <p className="form-error" role="alert">{skillError}</p>}
      </div>
      <p className="form-error" role="alert">{error ?? ""}</p>
      <div className="company-form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>{busy ? t("company.saving") : t("company.save")}</button>
        {saved && <span className="company-saved" role="status">{t("company.saved")}</span>}
      </div>
    </form>
  );
}
