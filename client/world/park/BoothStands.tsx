import { useThree, type ThreeEvent } from "@react-three/fiber";
import { useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { BoxGeometry, Color, Euler, InstancedMesh, Matrix4, MeshBasicMaterial, MeshStandardMaterial, Quaternion, Vector3 } from "three";
import type { z } from "zod";
import { useStore } from "zustand";
import type { BoothSlot } from "../../../shared/protocol/parkLayout.ts";
import { boothSpot } from "../../../shared/rules/boothRules.ts";
import { clickBooth } from "../../state/companyUi.ts";
import { inputStore, requestWalkTo } from "../../state/input.ts";
import { parkRoomStore, type BoothSignView } from "../../state/park.ts";
import { boothQuads, gridCell, type LocalRect } from "./boothQuads.ts";
import {
  createAtlas, fontsFor, loadLogo, LOGO_CELL, paintLogo, paintSign, SIGN_CELL, type Atlas,
} from "./boothSignPainter.ts";

type Slot = z.infer<typeof BoothSlot>;

/** Awning colours of free stands, cycled, so a street of empty stands still looks like a market. */
const AWNINGS = ["#1f7a8c", "#e07a5f", "#3d8b5a", "#f2b544", "#5b6bbf"];
/** A press that moved further than this many pixels was a camera drag, not a click. */
const DRAG_PIXELS = 6;

// The parts of a stand in its own frame (+z is the front, facing the street).
const FLOOR = { size: [4, 0.12, 3], at: [0, 0.06, 0] } as const;
const COUNTER = { size: [2.6, 1, 0.7], at: [0, 0.55, 0.7] } as const;
const WALL = { size: [4, 3, 0.15], at: [0, 1.5, -1.35] } as const;
const AWNING = { size: [4.2, 0.08, 1.4], at: [0, 3.05, -0.75], tilt: 0.28 } as const;
/** The fascia along the awning's front edge that carries the name, readable from the street. */
const FASCIA = { size: [4.2, 0.66, 0.06], at: [0, 3.12, -0.06] } as const;
const SIGN_RECT: LocalRect = { x: 0, y: 3.12, z: -0.025, width: 4.1, height: 4.1 * (SIGN_CELL.height / SIGN_CELL.width) };
/** The logo hangs on the back wall, above the counter. */
const LOGO_RECT: LocalRect = { x: 0, y: 1.95, z: -1.268, width: 1.45, height: 1.45 };

const SIGN_COLS = 4;
const LOGO_COLS = 8;

const _m = new Matrix4();
const _local = new Matrix4();
const _q = new Quaternion();
const _p = new Vector3();
const _one = new Vector3(1, 1, 1);
const _e = new Euler();

function placeInstances(mesh: InstancedMesh | null, slots: readonly Slot[], at: readonly number[], tilt = 0): void {
  if (!mesh) return;
  _local.compose(_p.set(at[0]!, at[1]!, at[2]!), _q.setFromEuler(_e.set(tilt, 0, 0)), _one);
  slots.forEach((s, i) => {
    _m.compose(_p.set(s.x, 0, s.z), _q.setFromEuler(_e.set(0, s.rotation, 0)), _one);
    mesh.setMatrixAt(i, _m.multiply(_local));
  });
  mesh.count = slots.length;
  mesh.instanceMatrix.needsUpdate = true;
  mesh.computeBoundingSphere();
}

interface Held {
  slot: Slot;
  booth: BoothSignView;
}

/**
 * Every booth slot of the park. The stands are drawn instanced (floor, counter, wall, awning and
 * fascia: five draw calls however many slots), and every sign and every logo sits in one atlas
 * texture with one merged mesh each, so 60 booths cost the same few draw calls as 5. A held slot
 * shows its company's colour on the awning, its name (with the verified seal) on the fascia and
 * its logo on the back wall; a free one keeps its market colour and a quiet "available" board.
 * Clicking a held booth walks you to it and opens its panel.
 */
export function BoothStands({ slots }: { slots: readonly Slot[] }) {
  const { t, i18n } = useTranslation();
  const booths = useStore(parkRoomStore, (s) => s.booths);
  const invalidate = useThree((s) => s.invalidate);
  const canvas = useThree((s) => s.gl.domElement);
  const floor = useRef<InstancedMesh>(null);
  const counter = useRef<InstancedMesh>(null);
  const wall = useRef<InstancedMesh>(null);
  const awning = useRef<InstancedMesh>(null);
  const fascia = useRef<InstancedMesh>(null);
  const capacity = Math.max(1, slots.length);

  const resources = useMemo(() => ({
    floor: new BoxGeometry(...FLOOR.size),
    counter: new BoxGeometry(...COUNTER.size),
    wall: new BoxGeometry(...WALL.size),
    awning: new BoxGeometry(...AWNING.size),
    fascia: new BoxGeometry(...FASCIA.size),
    floorMat: new MeshStandardMaterial({ color: "#f7f5f0", roughness: 0.8 }),
    counterMat: new MeshStandardMaterial({ color: "#ffffff", roughness: 0.6 }),
    wallMat: new MeshStandardMaterial({ color: "#eceae4", roughness: 0.8 }),
    awningMat: new MeshStandardMaterial({ roughness: 0.7 }),
    fasciaMat: new MeshStandardMaterial({ color: "#2b3a3c", roughness: 0.6 }),
  }), []);
  useLayoutEffect(() => () => {
    for (const r of Object.values(resources)) r.dispose();
  }, [resources]);

  const held = useMemo<Held[]>(
    () => slots.flatMap((slot) => (booths[slot.id] ? [{ slot, booth: booths[slot.id]! }] : [])),
    [slots, booths],
  );

  useLayoutEffect(() => {
    placeInstances(floor.current, slots, FLOOR.at);
    placeInstances(counter.current, slots, COUNTER.at);
    placeInstances(wall.current, slots, WALL.at);
    placeInstances(awning.current, slots, AWNING.at, AWNING.tilt);
    placeInstances(fascia.current, slots, FASCIA.at);
    invalidate();
  }, [slots, capacity, invalidate]);

  useLayoutEffect(() => {
    const mesh = awning.current;
    if (!mesh) return;
    const c = new Color();
    slots.forEach((s, i) => mesh.setColorAt(i, c.set(booths[s.id]?.colour ?? AWNINGS[i % AWNINGS.length]!)));
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    invalidate();
  }, [slots, booths, capacity, invalidate]);

  // Signs: one cell per slot. Logos: one cell per held slot.
  const signs = useMemo(() => {
    const rows = Math.max(1, Math.ceil(slots.length / SIGN_COLS));
    const atlas = createAtlas(SIGN_CELL.width, SIGN_CELL.height, SIGN_COLS, rows);
    const geometry = boothQuads(slots, SIGN_RECT, slots.map((_, i) => gridCell(i, SIGN_COLS, rows)));
    return { atlas, geometry, material: new MeshBasicMaterial({ map: atlas.texture, toneMapped: false }) };
  }, [slots]);
  // Rebuilt only when which slots are held changes, not on every edit of a company (painting handles those).
  const heldKey = held.map((h) => h.slot.id).join();
  const heldSlots = useMemo(() => slots.filter((s) => heldKey.split(",").includes(s.id)), [slots, heldKey]);
  const logos = useMemo(() => {
    const rows = Math.max(1, Math.ceil(heldSlots.length / LOGO_COLS));
    const atlas = createAtlas(LOGO_CELL, LOGO_CELL, LOGO_COLS, rows);
    const geometry = boothQuads(heldSlots, LOGO_RECT, heldSlots.map((_, i) => gridCell(i, LOGO_COLS, rows)));
    return { atlas, geometry, material: new MeshBasicMaterial({ map: atlas.texture, toneMapped: false }) };
  }, [heldSlots]);
  useEffect(() => () => disposeAll(signs.atlas, signs), [signs]);
  useEffect(() => () => disposeAll(logos.atlas, logos), [logos]);

  const available = t("company.booth.available");
  useEffect(() => {
    let live = true;
    const paint = () => {
      slots.forEach((slot, i) => {
        const b = booths[slot.id];
        paintSign(signs.atlas, i, b
          ? { name: b.name, colour: b.colour, verified: b.verified, available: false }
          : { name: available, colour: "#f4f2ee", verified: false, available: true });
      });
      invalidate();
    };
    paint();
    // Once the glyphs the signs need have arrived, paint again with them.
    void fontsFor([available, ...Object.values(booths).map((b) => b.name)]).then(() => { if (live) paint(); });
    return () => { live = false; };
  }, [slots, booths, signs, available, i18n.language, invalidate]);

  useEffect(() => {
    let live = true;
    held.forEach(({ booth }, i) => {
      const logo = { name: booth.name, colour: booth.colour, logoImageId: booth.logoImageId };
      paintLogo(logos.atlas, i, logo, null);
      if (!booth.logoImageId) return;
      void loadLogo(booth.logoImageId).then((img) => {
        if (!live || !img) return;
        paintLogo(logos.atlas, i, logo, img);
        invalidate();
      });
    });
    invalidate();
    return () => { live = false; };
  }, [held, logos, invalidate]);

  /** Which slot a hit belongs to: instanced parts by instance, merged quads by face. */
  const slotOfHit = (e: { instanceId?: number; faceIndex?: number | null }, list: readonly Slot[]): Slot | undefined => {
    if (e.instanceId !== undefined) return list[e.instanceId];
    if (e.faceIndex !== undefined && e.faceIndex !== null) return list[Math.floor(e.faceIndex / 2)];
    return undefined;
  };
  const onClick = (list: readonly Slot[]) => (e: ThreeEvent<MouseEvent>) => {
    const slot = slotOfHit(e, list);
    // A free stand is just ground to walk to: let the click through.
    if (!slot || !parkRoomStore.getState().booths[slot.id] || e.delta > DRAG_PIXELS) return;
    e.stopPropagation();
    const spot = boothSpot(slot);
    requestWalkTo(inputStore, spot.x, spot.z);
    clickBooth(slot.id);
  };
  const onOver = (list: readonly Slot[]) => (e: ThreeEvent<PointerEvent>) => {
    const slot = slotOfHit(e, list);
    canvas.style.cursor = slot && parkRoomStore.getState().booths[slot.id] ? "pointer" : "";
  };
  const onOut = () => { canvas.style.cursor = ""; };
  const handlers = (list: readonly Slot[]) => ({ onClick: onClick(list), onPointerMove: onOver(list), onPointerOut: onOut });

  return (
    <group>
      <group key={capacity} {...handlers(slots)}>
        <instancedMesh ref={floor} args={[resources.floor, resources.floorMat, capacity]} receiveShadow />
        <instancedMesh ref={counter} args={[resources.counter, resources.counterMat, capacity]} castShadow receiveShadow />
        <instancedMesh ref={wall} args={[resources.wall, resources.wallMat, capacity]} castShadow receiveShadow />
        <instancedMesh ref={awning} args={[resources.awning, resources.awningMat, capacity]} castShadow />
        <instancedMesh ref={fascia} args={[resources.fascia, resources.fasciaMat, capacity]} castShadow />
      </group>
      {slots.length > 0 && <mesh geometry={signs.geometry} material={signs.material} {...handlers(slots)} />}
      {heldSlots.length > 0 && <mesh geometry={logos.geometry} material={logos.material} {...handlers(heldSlots)} />}
    </group>
  );
}

function disposeAll(atlas: Atlas, parts: { geometry: { dispose(): void }; material: { dispose(): void } }): void {
  atlas.texture.dispose();
  parts.geometry.dispose();
  parts.material.dispose();
}
