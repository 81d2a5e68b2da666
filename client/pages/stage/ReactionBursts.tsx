import { useEffect, useRef, useState } from "react";
import { useStore } from "zustand";
import { REACTION_KINDS, type ReactionKind } from "../../../shared/protocol/stageMessages.ts";
import { stageRoomStore } from "../../state/stage.ts";
import { burstSizes, iconsThatFit } from "../../state/reactionBursts.ts";
import { ReactionIcon } from "./ReactionIcon.tsx";

/** How long one icon floats up before it fades. */
const FLOAT_MS = 2600;

interface Icon { id: number; born: number; kind: ReactionKind; left: number; delay: number; drift: number; scale: number }

/**
 * The room's reaction windows as bursts of icons floating up over the crowd: each window adds a
 * number of icons sized from its counts (reactionBursts.ts), never more than the cap alive at once.
 * The DOM carries the total seen, for tests and for anyone reading the page.
 */
export function ReactionBursts() {
  const reactions = useStore(stageRoomStore, (s) => s.reactions);
  const seen = useStore(stageRoomStore, (s) => s.reactionsSeen);
  const [icons, setIcons] = useState<Icon[]>([]);
  const next = useRef(0);
  useEffect(() => {
    if (reactions.seq === 0) return;
    const sizes = burstSizes(reactions.counts);
    setIcons((alive) => {
      const fresh: Icon[] = [];
      for (const kind of REACTION_KINDS) {
        for (let i = 0; i < sizes[kind]; i++) {
          fresh.push({ id: next.current++, born: Date.now(), kind, left: 15 + Math.random() * 70, delay: Math.random() * 400, drift: (Math.random() - 0.5) * 80, scale: 0.8 + Math.random() * 0.7 });
        }
      }
      return [...alive, ...fresh.slice(0, iconsThatFit(fresh.length, alive.length))];
    });
  }, [reactions]);
  // Icons that have floated away are dropped a few times a second, while any are alive.
  const any = icons.length > 0;
  useEffect(() => {
    if (!any) return;
    const timer = setInterval(() => {
      const now = Date.now();
      setIcons((alive) => alive.filter((i) => now - i.born < FLOAT_MS + i.delay));
    }, 400);
    return () => clearInterval(timer);
  }, [any]);
  return (
    <div className="stage-bursts" aria-hidden="true" data-testid="stage-bursts" data-seen={seen} data-alive={icons.length}>
      {icons.map((i) => (
        <span key={i.id} className="stage-burst" style={{ left: `${i.left}%`, animationDelay: `${i.delay}ms`, ["--drift" as string]: `${i.drift}px` }}>
          <ReactionIcon kind={i.kind} size={Math.round(34 * i.scale)} />
        </span>
      ))}
    </div>
  );
}
