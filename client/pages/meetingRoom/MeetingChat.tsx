import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useStore } from "zustand";
import { CHAT_MAX_LENGTH } from "../../../shared/protocol/chat.ts";
import { cleanChatText } from "../../../shared/rules/chatMessage.ts";
import { useLanguage } from "../../i18n/i18n.ts";
import { meetingRoomStore } from "../../state/meetingRoom.ts";

const roleClass = (role: string) => (role === "guest" || role === "manager" ? role : "resident");

/** The room's chat: the history it keeps and what is said now, always shown as text. */
export function MeetingChat({ selfUserId, muted, onSay }: { selfUserId: string | null; muted: boolean; onSay: (text: string) => void }) {
  const { t } = useTranslation("meetingRoom");
  const lng = useLanguage();
  const id = useId();
  const lines = useStore(meetingRoomStore, (s) => s.chat);
  const [text, setText] = useState("");
  const list = useRef<HTMLOListElement>(null);
  const stuck = useRef(true);
  const time = useMemo(() => new Intl.DateTimeFormat(lng, { hour: "2-digit", minute: "2-digit" }), [lng]);

  useEffect(() => {
    const el = list.current;
    if (el && stuck.current) el.scrollTop = el.scrollHeight;
  }, [lines]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const clean = cleanChatText(text);
    if (!clean || muted) return;
    onSay(clean);
    setText("");
  };

  return (
    <section className="hud-panel chat meeting-chat" aria-labelledby={`${id}-title`} data-testid="meeting-chat">
      <header className="chat__head">
        <h2 id={`${id}-title`} className="chat__title">
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 5 H20 V16 H10 L5 20 V16 H4 Z" /></svg>
          {t("chat.title")}
        </h2>
      </header>
      <div className="chat__body">
        <div className="chat__panel">
          {lines.length === 0 ? <p className="chat__empty">{t("chat.empty")}</p> : (
            <ol ref={list} className="chat__log" role="log" aria-live="polite" tabIndex={0} data-testid="meeting-chat-log"
              onScroll={(e) => {
                const el = e.currentTarget;
                stuck.current = el.scrollHeight - el.scrollTop - el.clientHeight < 24;
              }}>
              {lines.map((line) => (
                <li key={line.id} className={`chat-line${line.userId === selfUserId ? " chat-line--self" : ""}`}>
                  <span className="chat-line__meta">
                    <span className={`chat-line__name chat-line__name--${roleClass(line.role)}`}>{line.name}</span>
                    <time className="chat-line__time" dateTime={line.at}>{time.format(new Date(line.at))}</time>
                  </span>
                  <span className="chat-line__text">{line.text}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
        {muted && <p className="chat__notice" role="status">{t("chat.mutedHint")}</p>}
        <form className="chat__form" onSubmit={submit}>
          <div className="chat__field">
            <input className="chat__input" type="text" enterKeyHint="send" autoComplete="off" value={text} maxLength={CHAT_MAX_LENGTH}
              disabled={muted} placeholder={t("chat.placeholder")} aria-label={t("chat.placeholder")}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => { if (e.key === "Enter" && e.nativeEvent.isComposing) e.preventDefault(); }}
              data-testid="meeting-chat-input" />
          </div>
          <button type="submit" className="button button--primary chat__send" disabled={muted || cleanChatText(text).length === 0}>{t("chat.send")}</button>
        </form>
      </div>
    </section>
  );
}
