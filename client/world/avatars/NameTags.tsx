import { Html } from "@react-three/drei";
import { useFrame, useThree } from "@react-three/fiber";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Group } from "three";
import { frameStore, selfMotion, type AvatarMotion } from "../../state/frame.ts";
import { parkRoomStore, type ParkRoomState } from "../../state/park.ts";
import { useLabelLayer } from "../labelLayer.ts";

/** Name tags are DOM, so only the people nearest to you get one. */
export const NAME_TAG_SLOTS = 30;
/** Who is nearest changes slowly; choosing again a few times a second is plenty. */
const CHOOSE_EVERY_MS = 200;
const TAG_HEIGHT = 2.35;

interface Slot {
  group: Group | null;
  el: HTMLDivElement | null;
  name: HTMLSpanElement | null;
  bubble: HTMLSpanElement | null;
  said: HTMLSpanElement | null;
  company: HTMLSpanElement | null;
  companyName: HTMLSpanElement | null;
  expert: HTMLSpanElement | null;
  idx: number;
  shownText: string;
  shownBubble: string;
  shownClass: string;
  shownCompany: string;
}

/** A person's company line under their name, by session. */
type CompanyLine = { company: string; verified: boolean; expert: string };

const _candidates: Array<{ m: AvatarMotion; d: number }> = [];

/**
 * A fixed pool of tags, reassigned to the nearest avatars in the frame loop: names are written
 * straight into the DOM (as text, never as HTML), so moving people re-render nothing in React.
 */
export function NameTags() {
  const slots = useRef<Slot[]>(
    Array.from({ length: NAME_TAG_SLOTS }, () => ({
      group: null, el: null, name: null, bubble: null, said: null, company: null, companyName: null, expert: null, idx: -1, shownText: "", shownBubble: "", shownClass: "", shownCompany: "",
    })),
  );
  const companies = useRef(new Map<string, CompanyLine>());
  const lastChoice = useRef(0);
  const chosenAt = useRef(-1);
  const invalidate = useThree((s) => s.invalidate);
  const labelLayer = useLabelLayer();
  const { t, i18n } = useTranslation();

  // Companies come with the roster (React state), not with movement: keep a lookup for the frame loop.
  useEffect(() => {
    const sync = (s: ParkRoomState) => {
      companies.current = new Map(s.people.map((p) => [p.sessionId, { company: p.company, verified: p.verified, expert: p.expert }]));
      invalidate();
    };
    sync(parkRoomStore.getState());
    return parkRoomStore.subscribe((s, prev) => { if (s.people !== prev.people) sync(s); });
  }, [invalidate]);

  useFrame(() => {
    const now = performance.now();
    if (chosenAt.current !== frameStore.version) {
      if (now - lastChoice.current > CHOOSE_EVERY_MS) {
        lastChoice.current = now;
        chosenAt.current = frameStore.version;
        choose(slots.current);
      } else {
        // The canvas renders on demand: ask for a later frame so the choice is not left stale.
        invalidate();
      }
    }
    for (const slot of slots.current) {
      const m = slot.idx === -1 ? undefined : frameStore.avatars.get(slot.idx);
      const show = m !== undefined && m.visible && m.hasPosition;
      if (slot.el) slot.el.style.display = show ? "" : "none";
      if (!show || !slot.group) continue;
      slot.group.position.set(m.track.x, TAG_HEIGHT, m.track.z);
      const cls = `name-tag name-tag--${m.role}${m.isSelf ? " name-tag--self" : ""}${m.connected ? "" : " name-tag--away"}`;
      if (slot.shownClass !== cls && slot.el) {
        slot.el.className = cls;
        slot.shownClass = cls;
      }
      if (slot.shownText !== m.name && slot.name) {
        slot.name.textContent = m.name;
        slot.shownText = m.name;
      }
      const line = companies.current.get(m.sessionId);
      const shownCompany = `${line?.verified ? "✓" : ""}${line?.company ?? ""}|${line?.expert ?? ""}|${i18n.language}`;
      if (slot.shownCompany !== shownCompany && slot.company && slot.companyName) {
        slot.companyName.textContent = line?.company ?? "";
        slot.company.style.display = line?.company ? "" : "none";
        slot.company.className = `company-tag${line?.verified ? " company-tag--verified" : ""}`;
        if (slot.expert) {
          const level = line?.expert === "expert" || line?.expert === "authority" ? line.expert : null;
          slot.expert.textContent = level ? t(`company.expertLevels.${level}`) : "";
          slot.expert.className = `expert-tag${level === "authority" ? " expert-tag--authority" : ""}`;
          slot.expert.style.display = level ? "" : "none";
        }
        slot.shownCompany = shownCompany;
      }
      // What they said nearby, as text; net/ wakes the canvas when it runs out.
      const said = m.bubbleUntil > now ? m.bubble : "";
      if (slot.shownBubble !== said && slot.bubble && slot.said) {
        slot.said.textContent = said;
        slot.bubble.style.display = said ? "" : "none";
        slot.shownBubble = said;
      }
    }
  }, -1);

  return (
    <>
      {slots.current.map((slot, i) => (
        <group key={i} ref={(g) => { slot.group = g; }}>
          <Html portal={labelLayer} center zIndexRange={[100, 0]} pointerEvents="none">
            <div ref={(el) => { slot.el = el; }} className="name-tag" style={{ display: "none" }}>
              <span className="name-tag__badge" aria-hidden="true" />
              <span className="company-tag-lines">
                <span>
                  <span ref={(el) => { slot.name = el; }} />
                  <span ref={(el) => { slot.expert = el; }} className="expert-tag" style={{ display: "none" }} data-testid="name-tag-expert" />
                </span>
                <span ref={(el) => { slot.company = el; }} className="company-tag" style={{ display: "none" }} data-testid="name-tag-company">
                  <span className="company-tag__seal" aria-hidden="true" />
                  <span ref={(el) => { slot.companyName = el; }} />
                </span>
              </span>
              <span ref={(el) => { slot.bubble = el; }} className="name-tag__bubble" style={{ display: "none" }} data-testid="speech-bubble">
                <span ref={(el) => { slot.said = el; }} className="name-tag__said" />
              </span>
            </div>
          </Html>
        </group>
      ))}
    </>
  );
}

function choose(slots: Slot[]): void {
  const self = selfMotion(frameStore);
  const ox = self?.track.x ?? 0;
  const oz = self?.track.z ?? 0;
  _candidates.length = 0;
  for (const m of frameStore.avatars.values()) {
    if (!m.visible || !m.hasPosition) continue;
    _candidates.push({ m, d: m.isSelf ? -1 : (m.track.x - ox) ** 2 + (m.track.z - oz) ** 2 });
  }
  _candidates.sort((a, b) => a.d - b.d);
  // Keep a tag on the avatar it already labels when it stays chosen, so tags do not flicker.
  const chosen = new Set<number>();
  for (let i = 0; i < Math.min(slots.length, _candidates.length); i++) chosen.add(_candidates[i]!.m.idx);
  const free: Slot[] = [];
  for (const slot of slots) {
    if (chosen.has(slot.idx)) chosen.delete(slot.idx);
    else {
      slot.idx = -1;
      free.push(slot);
    }
  }
  for (const idx of chosen) {
    const slot = free.pop();
    if (!slot) break;
    slot.idx = idx;
  }
  _candidates.length = 0;
}
