import { useCallback, useEffect, useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { Invitation, Member, MemberRole } from "../../../shared/protocol/companies.ts";
import type { ApiError } from "../../../shared/protocol/http.ts";
import {
  cancelInvitation, fetchCompanyInvitations, fetchMembers, inviteMember, removeMember, setMemberRole,
} from "../../net/companyApi.ts";
import type { Result } from "../../net/api.ts";
import { companyErrorText } from "./companyErrors.ts";

/** Who works for the company; owners invite residents by username, promote and remove members. */
export function MembersPanel({ token, companyId, myUserId, isOwner, onChanged }: {
  token: string; companyId: string; myUserId: string; isOwner: boolean; onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [members, setMembers] = useState<Member[] | null>(null);
  const [invitations, setInvitations] = useState<Invitation[]>([]);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [username, setUsername] = useState("");
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    const [m, inv] = await Promise.all([
      fetchMembers(token, companyId),
      isOwner ? fetchCompanyInvitations(token, companyId) : Promise.resolve(null),
    ]);
    if (m.ok) {
      setMembers(m.value.members);
      setLoadError(null);
    } else setLoadError(m.error);
    if (inv?.ok) setInvitations(inv.value.invitations.filter((i) => i.status === "pending"));
  }, [token, companyId, isOwner]);
  useEffect(() => { void refresh(); }, [refresh]);

  const act = async (job: () => Promise<Result<unknown>>, done?: string) => {
    setBusy(true);
    const result = await job();
    setBusy(false);
    setConfirming(null);
    if (!result.ok) {
      setNotice(null);
      setError(companyErrorText(t, result.error));
      return false;
    }
    setError(null);
    setNotice(done ?? null);
    await refresh();
    onChanged();
    return true;
  };

  const invite = async (e: FormEvent) => {
    e.preventDefault();
    const name = username.trim();
    if (!name) return;
    if (await act(() => inviteMember(token, companyId, name), t("company.members.invited", { name }))) setUsername("");
  };

  const joined = (iso: string) => new Date(iso).toLocaleDateString(i18n.language, { dateStyle: "medium" });
  const other = (role: MemberRole): MemberRole => (role === "owner" ? "member" : "owner");

  return (
    <section className="card company-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t("company.members.title")}</h2>
      <p className="muted">{t("company.members.lead")}</p>
      {loadError && <p className="form-error" role="alert">{t("company.members.failed")} {companyErrorText(t, loadError)}</p>}
      {members === null && !loadError && <p className="muted" role="status">{t("company.loading")}</p>}
      {members && (
        <ul className="company-members" data-testid="members-list">
          {members.map((m) => (
            <li key={m.userId}>
              <span className="avatar-dot" style={{ background: m.colour }} aria-hidden="true">{Array.from(m.displayName)[0]?.toUpperCase()}</span>
              <span className="company-members__name">
                {m.displayName}
                {m.userId === myUserId && <span className="people__tag">{t("company.members.you")}</span>}
              </span>
              <span className={`company-role company-role--${m.role}`}>{t(`company.roles.${m.role}`)}</span>
              <span className="company-members__joined muted">{t("company.members.joined", { date: joined(m.joinedAt) })}</span>
              {isOwner && m.userId !== myUserId && (
                <span className="company-members__actions">
                  {confirming === m.userId ? (
                    <>
                      <span>{t("company.members.confirmRemove", { name: m.displayName })}</span>
                      <button type="button" className="button button--ghost company-button--small company-button--danger" disabled={busy}
                        onClick={() => void act(() => removeMember(token, companyId, m.userId))}>{t("company.members.remove")}</button>
                      <button type="button" className="button button--ghost company-button--small" onClick={() => setConfirming(null)}>{t("company.cancel")}</button>
                    </>
                  ) : (
                    <>
                      <button type="button" className="button button--ghost company-button--small" disabled={busy}
                        onClick={() => void act(() => setMemberRole(token, companyId, m.userId, other(m.role)))}>
                        {m.role === "owner" ? t("company.members.demote") : t("company.members.promote")}
                      </button>
                      <button type="button" className="button button--ghost company-button--small" onClick={() => setConfirming(m.userId)}>
                        {t("company.members.remove")}
                      </button>
                    </>
                  )}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      <p className="form-error" role="alert">{error ?? ""}</p>
      {notice && <p className="company-saved" role="status">{notice}</p>}

      {isOwner && (
        <>
          <form className="company-inline-form" onSubmit={(e) => void invite(e)}>
            <div className="field company-field">
              <label htmlFor={`${id}-user`}>{t("company.members.invite")}</label>
              <input id={`${id}-user`} className="company-input" value={username} autoComplete="off" maxLength={40}
                placeholder={t("company.members.username")} onChange={(e) => setUsername(e.target.value)} aria-describedby={`${id}-user-hint`} />
              <small id={`${id}-user-hint`}>{t("company.members.usernameHint")}</small>
            </div>
            <button type="submit" className="button button--primary" disabled={busy || !username.trim()}>{t("company.members.inviteSubmit")}</button>
          </form>
          <h3 className="company-subtitle">{t("company.members.pending")}</h3>
          {invitations.length === 0 && <p className="muted">{t("company.members.noPending")}</p>}
          <ul className="company-members">
            {invitations.map((inv) => (
              <li key={inv.id}>
                <span className="company-members__name">{inv.displayName}</span>
                <span className="company-members__joined muted">{joined(inv.createdAt)}</span>
                <span className="company-members__actions">
                  <button type="button" className="button button--ghost company-button--small" disabled={busy}
                    onClick={() => void act(() => cancelInvitation(token, companyId, inv.id))}>{t("company.members.withdraw")}</button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
