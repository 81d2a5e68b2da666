import { useEffect, useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import type { CompanySummary } from "../../../shared/protocol/companies.ts";
import {
  MEETING_CAPACITY_MAX, MEETING_CAPACITY_MIN, MEETING_DESCRIPTION_MAX, MEETING_NAME_MAX, MEETING_VISIBILITIES, UpdateMeetingRoomBody,
  type MeetingOwner, type MeetingRoomDetail, type MeetingVisibility,
} from "../../../shared/protocol/meetings.ts";
import { listCompanies } from "../../net/companyApi.ts";
import { archiveRoom, updateRoom } from "../../net/meetingApi.ts";
import { navigate } from "../../router.ts";
import { meetingErrorText } from "./MeetingBits.tsx";
import { roomsPath } from "./meetingLinks.ts";

const ownerOf = (room: MeetingRoomDetail): MeetingOwner =>
  room.owner.kind === "company" ? { kind: "company", companyId: room.owner.companyId }
    : room.owner.kind === "expert" ? { kind: "expert", userId: room.owner.userId } : { kind: "park" };
const ownerKey = (o: MeetingOwner): string => (o.kind === "company" ? `company:${o.companyId}` : o.kind === "expert" ? `expert:${o.userId}` : "park");

/** A room's name, description, visibility and capacity for its owners; its owner and archiving for managers. */
export function RoomSettings({ room, token, manager, onSaved }: {
  room: MeetingRoomDetail; token: string; manager: boolean; onSaved: (room: MeetingRoomDetail) => void;
}) {
  const { t } = useTranslation("meetings");
  const { t: tt } = useTranslation();
  const id = useId();
  const [name, setName] = useState(room.name);
  const [description, setDescription] = useState(room.description);
  const [visibility, setVisibility] = useState<MeetingVisibility>(room.visibility);
  const [capacity, setCapacity] = useState(String(room.capacity));
  const [owner, setOwner] = useState(ownerKey(ownerOf(room)));
  const [companies, setCompanies] = useState<CompanySummary[]>([]);
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (manager) void listCompanies(token).then((r) => { if (r.ok) setCompanies(r.value.companies); });
  }, [manager, token]);

  const owners: Array<{ key: string; label: string; owner: MeetingOwner }> = [
    { key: "park", label: t("owner.park"), owner: { kind: "park" } },
    ...(room.owner.kind === "expert" ? [{ key: ownerKey(ownerOf(room)), label: `${t("owner.expert")} ${room.owner.displayName}`, owner: ownerOf(room) }] : []),
    ...companies.map((c) => ({ key: `company:${c.id}`, label: `${t("owner.company")} ${c.name}`, owner: { kind: "company", companyId: c.id } as MeetingOwner })),
  ];

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const chosen = owners.find((o) => o.key === owner)?.owner;
    const parsed = UpdateMeetingRoomBody.safeParse({
      name, description, visibility, capacity: Number(capacity),
      ...(manager && chosen && owner !== ownerKey(ownerOf(room)) ? { owner: chosen } : {}),
    });
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? "");
      return setMessage({ kind: "error", text: t(`settings.problems.${field === "name" || field === "capacity" || field === "description" ? field : "other"}`) });
    }
    setBusy(true);
    const r = await updateRoom(token, room.id, parsed.data);
    setBusy(false);
    if (!r.ok) return setMessage({ kind: "error", text: meetingErrorText(t, tt, r.error) });
    setMessage({ kind: "ok", text: t("settings.saved") });
    onSaved(r.value);
  };

  const archive = async () => {
    if (!window.confirm(t("settings.archiveConfirm", { name: room.name }))) return;
    const r = await archiveRoom(token, room.id);
    if (!r.ok) return setMessage({ kind: "error", text: meetingErrorText(t, tt, r.error) });
    navigate(roomsPath(room.parkId));
  };

  return (
    <section className="card company-card" aria-labelledby={`${id}-h`} data-testid="room-settings">
      <h2 id={`${id}-h`}>{t("settings.title")}</h2>
      <form className="company-form" onSubmit={(e) => void save(e)} noValidate>
        <div className="field company-field">
          <label htmlFor={`${id}-name`}>{t("fields.name")}</label>
          <input id={`${id}-name`} name="name" className="company-input" value={name} maxLength={MEETING_NAME_MAX} onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field company-field">
          <label htmlFor={`${id}-desc`}>{t("fields.description")}</label>
          <textarea id={`${id}-desc`} name="description" className="company-input" rows={3} value={description} maxLength={MEETING_DESCRIPTION_MAX}
            onChange={(e) => setDescription(e.target.value)} />
        </div>
        <div className="room-form__row">
          <div className="field company-field">
            <label htmlFor={`${id}-vis`}>{t("fields.visibility")}</label>
            <select id={`${id}-vis`} name="visibility" className="company-input" value={visibility} onChange={(e) => setVisibility(e.target.value as MeetingVisibility)}>
              {MEETING_VISIBILITIES.map((v) => <option key={v} value={v}>{t(`visibility.${v}`)}</option>)}
            </select>
          </div>
          <div className="field company-field">
            <label htmlFor={`${id}-cap`}>{t("fields.capacity")}</label>
            <input id={`${id}-cap`} name="capacity" type="number" className="company-input" min={MEETING_CAPACITY_MIN} max={MEETING_CAPACITY_MAX}
              value={capacity} onChange={(e) => setCapacity(e.target.value)} />
          </div>
        </div>
        <small className="company-hint">{t(`visibilityHints.${visibility}`)}</small>
        {manager && (
          <div className="field company-field">
            <label htmlFor={`${id}-owner`}>{t("fields.owner")}</label>
            <select id={`${id}-owner`} name="owner" className="company-input" value={owner} onChange={(e) => setOwner(e.target.value)}>
              {owners.map((o) => <option key={o.key} value={o.key}>{o.label}</option>)}
            </select>
          </div>
        )}
        {message && <p className={message.kind === "error" ? "notice notice--error" : "company-saved"} role={message.kind === "error" ? "alert" : "status"}>{message.text}</p>}
        <div className="room-form__buttons">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="room-save">{t("settings.save")}</button>
          {manager && <button type="button" className="button button--ghost company-button--danger" onClick={() => void archive()} data-testid="room-archive">{t("settings.archive")}</button>}
        </div>
      </form>
    </section>
  );
}
