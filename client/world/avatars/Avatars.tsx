import { useFrame, type ThreeEvent } from "@react-three/fiber";
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import {
  CapsuleGeometry, Color, CylinderGeometry, Euler, InstancedMesh, Matrix4, MeshStandardMaterial, Quaternion, SphereGeometry, TorusGeometry, Vector3,
} from "three";
import { showProfile } from "../../state/companyUi.ts";
import { frameStore, type AvatarMotion } from "../../state/frame.ts";
import { parkRoomStore } from "../../state/park.ts";
import { roleColour } from "../park/palette.ts";
import { poseOffset, type PoseOffset } from "./avatarPose.ts";

const BODY_RADIUS = 0.32;
const BODY_LENGTH = 0.8;
const BODY_CENTRE = BODY_LENGTH / 2 + BODY_RADIUS;
const HEAD_Y = BODY_LENGTH + BODY_RADIUS * 2 + 0.2;
/** A press that moved further than this many pixels was a camera drag, not a click. */
const CLICK_PIXELS = 6;

/** Skin tones, chosen by index so a crowd is varied but each person stays the same. */
const SKIN = ["#f1d3b3", "#e0b48f", "#c68e62", "#8d5a3b"].map((c) => new Color(c));
const AWAY = new Color("#b8bec4");

// Scratch objects: the frame loop allocates nothing (style.md habit 14).
const _feet = new Matrix4();
const _part = new Matrix4();
const _q = new Quaternion();
const _e = new Euler();
const _p = new Vector3();
const _s = new Vector3(1, 1, 1);
const _pose: PoseOffset = { lift: 0, spin: 0, tilt: 0 };
const BODY_LOCAL = new Matrix4().makeTranslation(0, BODY_CENTRE, 0);
const HEAD_LOCAL = new Matrix4().makeTranslation(0, HEAD_Y, 0);
const BADGE_LOCAL = new Matrix4().makeTranslation(0, BODY_CENTRE + 0.22, BODY_RADIUS - 0.02).multiply(new Matrix4().makeRotationX(Math.PI / 2));

/**
 * Clothing styles from the profile, drawn as two more instanced layers over the body: a garment
 * around the lower body (trousers, overalls up to the chest) and a ring at the neck (a shirt
 * collar, a hood). Colours are fixed per style, except the hood, which is the person's colour.
 */
const GARMENT_HEIGHT = 1;
const garmentAt = (top: number) => new Matrix4().makeTranslation(0, top / 2 + 0.02, 0).multiply(new Matrix4().makeScale(1, top / GARMENT_HEIGHT, 1));
const NECK_Y = BODY_LENGTH + BODY_RADIUS * 2 - 0.06;
const collarAt = (scale: number) => new Matrix4().makeTranslation(0, NECK_Y, 0).multiply(new Matrix4().makeRotationX(Math.PI / 2)).multiply(new Matrix4().makeScale(scale, scale, scale));
interface Outfit { garment?: { local: Matrix4; colour: Color }; collar?: { local: Matrix4; colour: Color | "own" } }
const OUTFITS: Record<string, Outfit> = {
  classic: {},
  suit: {
    garment: { local: garmentAt(1.02), colour: new Color("#2f3542") },
    collar: { local: collarAt(0.8), colour: new Color("#f5f6f7") },
  },
  hoodie: { collar: { local: collarAt(1.15), colour: "own" } },
  overalls: { garment: { local: garmentAt(0.98), colour: new Color("#3d5a8a") } },
};
const HOOD_SHADE = new Color("#000000");

/**
 * Everyone in view, drawn with five instanced meshes (bodies, heads, role badges, garments, collars), so draw
 * calls stay the same whether ten people are here or a thousand. Reads positions from the frame
 * store in the loop; React only hears when the crowd outgrows the instance buffers.
 */
export function Avatars() {
  const [capacity, setCapacity] = useState(64);
  const bodies = useRef<InstancedMesh>(null);
  const heads = useRef<InstancedMesh>(null);
  const badges = useRef<InstancedMesh>(null);
  const garments = useRef<InstancedMesh>(null);
  const collars = useRef<InstancedMesh>(null);
  const colours = useRef(new Map<number, { body: Color; badge: Color; hood: Color }>());
  const seenRoster = useRef(-1);
  /** Which avatar each instance drew last frame, so a click on an instance finds its person. */
  const drawn = useRef<number[]>([]);

  const resources = useMemo(() => ({
    body: new CapsuleGeometry(BODY_RADIUS, BODY_LENGTH, 6, 12),
    head: new SphereGeometry(0.25, 16, 12),
    badge: new CylinderGeometry(0.11, 0.11, 0.05, 16),
    // Open-ended and a little wider than the body, so it reads as cloth over it.
    garment: new CylinderGeometry(BODY_RADIUS + 0.025, BODY_RADIUS + 0.03, GARMENT_HEIGHT, 14, 1, true),
    collar: new TorusGeometry(BODY_RADIUS * 0.72, 0.07, 8, 18),
    cloth: new MeshStandardMaterial({ roughness: 0.85 }),
    material: new MeshStandardMaterial({ roughness: 0.65 }),
    skin: new MeshStandardMaterial({ roughness: 0.8 }),
    shiny: new MeshStandardMaterial({ roughness: 0.3, metalness: 0.4 }),
  }), []);
  useLayoutEffect(() => () => {
    for (const r of Object.values(resources)) r.dispose();
  }, [resources]);

  useFrame(() => {
    const b = bodies.current;
    const h = heads.current;
    const g = badges.current;
    const wear = garments.current;
    const neck = collars.current;
    if (!b || !h || !g || !wear || !neck) return;
    if (seenRoster.current !== frameStore.rosterVersion) {
      seenRoster.current = frameStore.rosterVersion;
      refreshColours(colours.current);
    }
    const now = performance.now();
    let n = 0;
    let worn = 0;
    let collared = 0;
    for (const m of frameStore.avatars.values()) {
      if (!m.visible || !m.hasPosition) continue;
      if (n >= capacity) {
        // More people in view than buffers: grow (a rare React update), draw the rest next frame.
        setCapacity(capacity * 2);
        break;
      }
      drawn.current[n] = m.idx;
      placeFeet(m, now);
      b.setMatrixAt(n, _part.multiplyMatrices(_feet, BODY_LOCAL));
      h.setMatrixAt(n, _part.multiplyMatrices(_feet, HEAD_LOCAL));
      g.setMatrixAt(n, _part.multiplyMatrices(_feet, BADGE_LOCAL));
      const c = colours.current.get(m.idx);
      if (c) {
        b.setColorAt(n, c.body);
        g.setColorAt(n, c.badge);
      }
      h.setColorAt(n, SKIN[m.idx % SKIN.length]!);
      const outfit = OUTFITS[m.style] ?? OUTFITS.classic!;
      if (outfit.garment) {
        wear.setMatrixAt(worn, _part.multiplyMatrices(_feet, outfit.garment.local));
        wear.setColorAt(worn++, outfit.garment.colour);
      }
      if (outfit.collar) {
        neck.setMatrixAt(collared, _part.multiplyMatrices(_feet, outfit.collar.local));
        neck.setColorAt(collared++, outfit.collar.colour === "own" ? (c?.hood ?? HOOD_SHADE) : outfit.collar.colour);
      }
      n++;
    }
    wear.count = worn;
    neck.count = collared;
    for (const mesh of [b, h, g, wear, neck]) {
      if (mesh !== wear && mesh !== neck) mesh.count = n;
      // Bounds follow the crowd: a click is tested against fresh ones (computed only when someone clicks).
      mesh.boundingSphere = null;
      mesh.instanceMatrix.needsUpdate = true;
      if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    }
  });

  // Clicking someone opens their profile card (the HUD fetches it); a drag to look around does not.
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    if (e.instanceId === undefined || e.delta > CLICK_PIXELS) return;
    const idx = drawn.current[e.instanceId];
    const m = idx === undefined ? undefined : frameStore.avatars.get(idx);
    const person = m && parkRoomStore.getState().people.find((p) => p.sessionId === m.sessionId);
    if (!person) return;
    e.stopPropagation();
    showProfile(person.userId);
  };

  return (
    <group key={capacity}>
      <instancedMesh ref={bodies} args={[resources.body, resources.material, capacity]} castShadow frustumCulled={false} onClick={onClick} />
      <instancedMesh ref={heads} args={[resources.head, resources.skin, capacity]} castShadow frustumCulled={false} onClick={onClick} />
      <instancedMesh ref={badges} args={[resources.badge, resources.shiny, capacity]} frustumCulled={false} />
      <instancedMesh ref={garments} args={[resources.garment, resources.cloth, capacity]} castShadow frustumCulled={false} />
      <instancedMesh ref={collars} args={[resources.collar, resources.cloth, capacity]} frustumCulled={false} />
    </group>
  );
}

function refreshColours(into: Map<number, { body: Color; badge: Color; hood: Color }>): void {
  into.clear();
  for (const m of frameStore.avatars.values()) {
    const body = new Color(m.colour);
    // Someone waiting to reconnect is drawn faded, so nobody talks to an empty chair unknowingly.
    if (!m.connected) body.lerp(AWAY, 0.7);
    into.set(m.idx, { body, badge: new Color(roleColour(m.role)), hood: body.clone().multiplyScalar(0.78) });
  }
}

/** The frame at the avatar's feet, turned to its heading; body, head and badge hang from it. */
function placeFeet(m: AvatarMotion, now: number): void {
  poseOffset(m.anim, (now - m.animSince) / 1000, _pose);
  _e.set(0, m.track.heading + _pose.spin, _pose.tilt, "YXZ");
  _q.setFromEuler(_e);
  _p.set(m.track.x, _pose.lift, m.track.z);
  _feet.compose(_p, _q, _s);
}
