import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiError } from "../../../shared/protocol/http.ts";
import { MEETING_KINDS, type MeetingKind, type MeetingRoomSummary } from "../../../shared/protocol/meetings.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { listParkRooms } from "../../net/meetingApi.ts";
import { navigate, roomPath } from "../../router.ts";
import { useSession } from "../../state/session.ts";
import { AppLink } from "../companies/AppLink.tsx";
import { PageShell } from "../companies/PageShell.tsx";
import { useParks } from "../companies/useParks.ts";
import { KindBadge, meetingErrorText, OwnerLine, parkFromQuery, VisibilityChip } from "./MeetingBits.tsx";
import { roomsPath } from "./meetingLinks.ts";

type Load = { state: "loading" } | { state: "ready"; rooms: MeetingRoomSummary[] } | { state: "failed"; error: ApiError };

/** /rooms: the meeting rooms and clinics of a park, how full each is now, and whose it is. */
export default function RoomsPage() {
  const { t } = useTranslation("meetings");
  const { t: tt } = useTranslation();
  const lng = useLanguage();
  const session = useSession();
  const parks = useParks();
  const id = useId();
  const [parkId, setParkId] = useState<string | null>(null);
  const [kind, setKind] = useState<MeetingKind | "">("");
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [attempt, setAttempt] = useState(0);
  const token = session?.token;

  useEffect(() => { if (!parkId && parks.length > 0) setParkId(parkFromQuery(parks)); }, [parks, parkId]);
  useEffect(() => {
    if (!parkId) return;
    let live = true;
    setLoad({ state: "loading" });
    void listParkRooms(parkId, token).then((r) => {
      if (live) setLoad(r.ok ? { state: "ready", rooms: r.value.rooms } : { state: "failed", error: r.error });
    });
    return () => { live = false; };
  }, [parkId, token, attempt]);

  const choosePark = (next: string) => {
    setParkId(next);
    navigate(roomsPath(next), { replace: true });
  };
  const shown = load.state === "ready" ? load.rooms.filter((r) => !kind || r.kind === kind) : [];

  return (
    <PageShell title={t("title")}>
      <section className="company-hero">
        <div>
          <h1>{t("title")}</h1>
          <p className="hero__lead">{t("lead")}</p>
        </div>
        {session && session.user.role !== "guest" && (
          <AppLink to="/meetings" className="button button--ghost" data-testid="my-meetings-link">{t("myMeetings")}</AppLink>
        )}
      </section>

      <div className="company-toolbar room-toolbar">
        <div className="field company-field">
          <label htmlFor={`${id}-park`}>{t("park")}</label>
          <select id={`${id}-park`} className="company-input" value={parkId ?? ""} onChange={(e) => choosePark(e.target.value)} data-testid="rooms-park">
            {parks.map((p) => <option key={p.id} value={p.id}>{p.name[lng]}</option>)}
          </select>
        </div>
        <div className="room-kind-filter" role="group" aria-label={t("kind")}>
          <button type="button" className="chip task-subtab" aria-pressed={kind === ""} onClick={() => setKind("")}>{t("allKinds")}</button>
          {MEETING_KINDS.map((k) => (
            <button key={k} type="button" className="chip task-subtab" aria-pressed={kind === k} onClick={() => setKind(k)}>{t(`kinds.${k}`)}</button>
          ))}
        </div>
      </div>

      {load.state === "loading" && <p className="muted" role="status">{tt("company.loading")}</p>}
      {load.state === "failed" && (
        <div className="notice notice--error" role="alert">
          <span>{meetingErrorText(t, tt, load.error)}</span>
          <button type="button" className="button button--ghost" onClick={() => setAttempt((n) => n + 1)}>{tt("company.retry")}</button>
        </div>
      )}
      {load.state === "ready" && (shown.length === 0
        ? <p className="company-empty">{t("noRooms")}</p>
        : <ul className="room-grid" data-testid="room-list">{shown.map((room) => <RoomCard key={room.id} room={room} />)}</ul>)}
    </PageShell>
  );
}

function RoomCard({ room }: { room: MeetingRoomSummary }) {
  const { t } = useTranslation("meetings");
  const full = room.present >= room.capacity;
  return (
    <li className={`room-card room-card--${room.kind}`} data-testid="room-card" data-room-id={room.id}>
      <div className="room-card__top">
        <AppLink to={roomPath(room.id)} className="room-card__name">{room.name}</AppLink>
        <KindBadge kind={room.kind} />
      </div>
      {room.description && <p className="room-card__description">{room.description}</p>}
      <div className="room-card__meta">
        <VisibilityChip visibility={room.visibility} />
        <span className={`room-present${room.present > 0 ? " room-present--busy" : ""}${full ? " room-present--full" : ""}`} data-testid="room-present">
          {t("present", { present: room.present, capacity: room.capacity })}
        </span>
        {room.kind === "clinic" && (
          <span className={`chip room-clinic${room.clinicOpen ? " room-clinic--open" : ""}`}>{room.clinicOpen ? t("clinicOpen") : t("clinicClosed")}</span>
        )}
      </div>
      <OwnerLine owner={room.owner} />
    </li>
  );
}
