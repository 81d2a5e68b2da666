import { useFrame, type ThreeEvent } from "@react-three/fiber";
import { useLayoutEffect, useMemo, useRef, useState } from "react";
import {
  CapsuleGeometry, Color, CylinderGeometry, Euler, InstancedMesh, Matrix4, MeshStandardMaterial, Quaternion, SphereGeometry, Vector3,
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
 * Everyone in view, drawn with three instanced meshes (bodies, heads, role badges), so draw
 * calls stay the same whether ten people are here or a thousand. Reads positions from the frame
 * store in the loop; React only hears when the crowd outgrows the instance buffers.
 */
export function Avatars() {
  const [capacity, setCapacity] = useState(64);
  const bodies = useRef<InstancedMesh>(null);
  const heads = useRef<InstancedMesh>(null);
  const badges = useRef<InstancedMesh>(null);
  const colours = useRef(new Map<number, { body: Color; badge: Color }>());
  const seenRoster = useRef(-1);
  /** Which avatar each instance drew last frame, so a click on an instance finds its person. */
  const drawn = useRef<number[]>([]);

  const resources = useMemo(() => ({
    body: new CapsuleGeometry(BODY_RADIUS, BODY_LENGTH, 6, 12),
    head: new SphereGeometry(0.25, 16, 12),
    badge: new CylinderGeometry(0.11, 0.11, 0.05, 16),
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
    if (!b || !h || !g) return;
    if (seenRoster.current !== frameStore.rosterVersion) {
      seenRoster.current = frameStore.rosterVersion;
      refreshColours(colours.current);
    }
    const now = performance.now();
    let n = 0;
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
      n++;
    }
    for (const mesh of [b, h, g]) {
      mesh.count = n;
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
    </group>
  );
}

function refreshColours(into: Map<number, { body: Color; badge: Color }>): void {
  into.clear();
  for (const m of frameStore.avatars.values()) {
    const body = new Color(m.colour);
    // Someone waiting to reconnect is drawn faded, so nobody talks to an empty chair unknowingly.
    if (!m.connected) body.lerp(AWAY, 0.7);
    into.set(m.idx, { body, badge: new Color(roleColour(m.role)) });
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
