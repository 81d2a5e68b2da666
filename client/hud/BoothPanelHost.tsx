import { useEffect, useMemo, useRef, useState } from "react";
import { useStore } from "zustand";
import type { ParkLayout } from "../../shared/protocol/parkLayout.ts";
import type { Language } from "../i18n/language.ts";
import { useRouteState } from "../router.ts";
import { companyUiStore } from "../state/companyUi.ts";
import { frameStore, selfMotion, subscribeFrameChanges } from "../state/frame.ts";
import { inputStore, requestWalkTo } from "../state/input.ts";
import { parkRoomStore } from "../state/park.ts";
import { BoothPanel } from "./BoothPanel.tsx";
import { boothSpot, type PlacedSlot } from "../../shared/rules/boothRules.ts";
import {
  closeBoothPanel, closedBoothPanel, openBoothByClick, stepBoothPanel, type BoothPanelState,
} from "./boothProximity.ts";

/** Movement frames come ten times a second; the panel needs to know a few times a second at most. */
const CHECK_MS = 200;

const selfPoint = () => {
  const self = selfMotion(frameStore);
  return self?.hasPosition ? { x: self.track.toX, z: self.track.toZ } : null;
};

/**
 * Decides which booth's panel is open (hud/boothProximity.ts) from where you stand, booth clicks
 * in the park and a company page's "walk there", and shows it.
 */
export function BoothPanelHost({ layout, lng }: { layout: ParkLayout; lng: Language }) {
  const booths = useStore(parkRoomStore, (s) => s.booths);
  const [panel, setPanel] = useState<BoothPanelState>(closedBoothPanel);
  const spots = useMemo<PlacedSlot[]>(() => layout.boothSlots.filter((s) => booths[s.id]), [layout, booths]);
  const spotsRef = useRef(spots);
  spotsRef.current = spots;
  const { booth: walkToBooth } = useRouteState();
  const pendingWalk = useRef(walkToBooth ?? null);

  // Where you stand, sampled as you move.
  useEffect(() => {
    let last = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const check = () => {
      last = performance.now();
      const self = selfPoint();
      const target = pendingWalk.current ? layout.boothSlots.find((s) => s.id === pendingWalk.current) : undefined;
      if (self && target) {
        // Arrived from a company page's "walk there": head for the booth, its panel open on the way.
        pendingWalk.current = null;
        const spot = boothSpot(target);
        requestWalkTo(inputStore, spot.x, spot.z);
        setPanel((s) => openBoothByClick(s, target.id, self, spotsRef.current));
        return;
      }
      setPanel((s) => stepBoothPanel(s, self, spotsRef.current));
    };
    const onFrame = () => {
      if (performance.now() - last >= CHECK_MS) check();
      else timer ??= setTimeout(() => { timer = null; check(); }, CHECK_MS);
    };
    check();
    const off = subscribeFrameChanges(frameStore, onFrame);
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [layout]);

  // Held booths changed (a company moved in or out): decide again without waiting for a step.
  useEffect(() => setPanel((s) => stepBoothPanel(s, selfPoint(), spots)), [spots]);

  // A booth clicked in the park.
  useEffect(() => companyUiStore.subscribe((s, prev) => {
    if (s.boothClick && s.boothClick !== prev.boothClick) {
      const slotId = s.boothClick.slotId;
      setPanel((p) => openBoothByClick(p, slotId, selfPoint(), spotsRef.current));
    }
  }), []);

  const open = panel.open;
  const booth = open ? booths[open.slotId] : undefined;
  if (!open || !booth) return null;
  return (
    <BoothPanel
      key={open.slotId}
      parkId={layout.id}
      slotId={open.slotId}
      booth={booth}
      lng={lng}
      nearby={open.via === "near"}
      onClose={() => setPanel(closeBoothPanel)}
    />
  );
}
