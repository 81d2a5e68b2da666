import { useEffect, useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useStore } from "zustand";
import {
  CreateMeetingRoomBody, MEETING_CAPACITY_MAX, MEETING_CAPACITY_MIN, MEETING_KINDS, MEETING_NAME_MAX, MEETING_VISIBILITIES,
  type MeetingKind, type MeetingRoomSummary, type MeetingVisibility,
} from "../../../shared/protocol/meetings.ts";
import { createRoom, listParkRooms } from "../../net/meetingApi.ts";
import { edit, editorStore } from "../../state/editor.ts";
import { useSession } from "../../state/session.ts";
import { linkDoorToRoom } from "./doorRoomLink.ts";

const NONE = "";
const NEW = "new";

/**
 * The meeting room a door leads into (the park's rooms, or none), and a small form to make a new
 * room here and link it at once. The link is part of the draft: saving the park keeps it.
 */
export function DoorRoomField({ doorId, roomId }: { doorId: string; roomId: string | undefined }) {
  const { t } = useTranslation("meetings");
  const id = useId();
  const session = useSession();
  const parkId = useStore(editorStore, (s) => s.parkId);
  const [rooms, setRooms] = useState<MeetingRoomSummary[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    if (!parkId) return;
    let live = true;
    void listParkRooms(parkId, session?.token).then((r) => {
      if (!live) return;
      setRooms(r.ok ? r.value.rooms : []);
      setFailed(!r.ok);
    });
    return () => { live = false; };
  }, [parkId, session?.token]);

  const link = (next: string | null) => edit(editorStore, (d) => linkDoorToRoom(d, doorId, next));
  const known = rooms?.some((r) => r.id === roomId) ?? false;

  return (
    <div className="room-door" data-testid="door-room">
      <label className="editor-field" htmlFor={`${id}-room`}>
        <span className="editor-field__label">{t("editor.room")}</span>
        <select id={`${id}-room`} value={creating ? NEW : roomId ?? NONE} data-testid="door-room-select"
          onChange={(e) => {
            if (e.target.value === NEW) return setCreating(true);
            setCreating(false);
            link(e.target.value === NONE ? null : e.target.value);
          }}>
          <option value={NONE}>{t("editor.none")}</option>
          {rooms?.map((r) => <option key={r.id} value={r.id}>{r.name} · {t(`kinds.${r.kind}`)}</option>)}
          {roomId && !known && <option value={roomId}>{roomId.slice(0, 8)}…</option>}
          <option value={NEW}>{t("editor.newRoom")}</option>
        </select>
      </label>
      {failed && <p className="editor-hint" role="alert">{t("editor.loadFailed")}</p>}
      {creating && parkId && session ? (
        <NewRoomForm parkId={parkId} token={session.token} onCancel={() => setCreating(false)}
          onCreated={(room) => { setRooms((rs) => [...(rs ?? []), room]); setCreating(false); link(room.id); }} />
      ) : roomId && <p className="editor-hint">{t("editor.hint")}</p>}
    </div>
  );
}

function NewRoomForm({ parkId, token, onCreated, onCancel }: {
  parkId: string; token: string; onCreated: (room: MeetingRoomSummary) => void; onCancel: () => void;
}) {
  const { t } = useTranslation("meetings");
  const id = useId();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<MeetingKind>("meeting");
  const [capacity, setCapacity] = useState("8");
  const [visibility, setVisibility] = useState<MeetingVisibility>("public");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    e.stopPropagation();
    const parsed = CreateMeetingRoomBody.safeParse({ name, kind, capacity: Number(capacity), visibility });
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? "");
      return setProblem(t(`settings.problems.${field === "name" || field === "capacity" ? field : "other"}`));
    }
    setBusy(true);
    setProblem(null);
    const r = await createRoom(token, parkId, parsed.data);
    setBusy(false);
    if (!r.ok) return setProblem(r.error.status === 403 ? t("errors.forbidden") : r.error.issues?.[0]?.message ?? r.error.message);
    onCreated(r.value);
  };

  return (
    <form className="room-door__form" onSubmit={(e) => void submit(e)} noValidate data-testid="door-new-room">
      <label className="editor-field" htmlFor={`${id}-name`}>
        <span className="editor-field__label">{t("fields.name")}</span>
        <input id={`${id}-name`} name="name" value={name} maxLength={MEETING_NAME_MAX} onChange={(e) => setName(e.target.value)} autoFocus />
      </label>
      <div className="editor-grid">
        <label className="editor-field" htmlFor={`${id}-kind`}>
          <span className="editor-field__label">{t("fields.kind")}</span>
          <select id={`${id}-kind`} name="kind" value={kind} onChange={(e) => setKind(e.target.value as MeetingKind)}>
            {MEETING_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
          </select>
        </label>
        <label className="editor-field" htmlFor={`${id}-cap`}>
          <span className="editor-field__label">{t("fields.capacity")}</span>
          <input id={`${id}-cap`} name="capacity" type="number" min={MEETING_CAPACITY_MIN} max={MEETING_CAPACITY_MAX} value={capacity}
            onChange={(e) => setCapacity(e.target.value)} />
        </label>
      </div>
      <label className="editor-field" htmlFor={`${id}-vis`}>
        <span className="editor-field__label">{t("fields.visibility")}</span>
        <select id={`${id}-vis`} name="visibility" value={visibility} onChange={(e) => setVisibility(e.target.value as MeetingVisibility)}>
          {MEETING_VISIBILITIES.map((v) => <option key={v} value={v}>{t(`visibility.${v}`)}</option>)}
        </select>
      </label>
      {problem && <p className="editor-hint room-door__problem" role="alert">{problem}</p>}
      <div className="room-door__buttons">
        <button type="button" className="button button--ghost company-button--small" onClick={onCancel}>{t("editor.cancel")}</button>
        <button type="submit" className="button button--primary company-button--small" disabled={busy} data-testid="door-create-room">{t("editor.create")}</button>
      </div>
    </form>
  );
}
