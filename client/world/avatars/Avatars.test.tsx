import ReactThreeTestRenderer from "@react-three/test-renderer";
import { afterEach, describe, expect, it } from "vitest";
import type { InstancedMesh } from "three";
import { FRAME_HEADER_BYTES, quantizePosition, RECORD_BYTES, writeFrameHeader, writeRecord } from "../../../shared/protocol/movementFrame.ts";
import { cellCoord } from "../../../shared/rules/interestGrid.ts";
import { addAvatar, applyMovementFrame } from "../../net/frameBridge.ts";
import { clearFrameStore, frameStore } from "../../state/frame.ts";
import { Avatars } from "./Avatars.tsx";

/** Fills the shared frame store with `n` people standing in the plaza's cell, as frames would. */
function crowd(n: number, style = (_i: number) => "classic"): void {
  clearFrameStore(frameStore);
  const bytes = new Uint8Array(FRAME_HEADER_BYTES + n * RECORD_BYTES);
  writeFrameHeader(bytes, cellCoord(150), cellCoord(150), 1);
  for (let i = 0; i < n; i++) {
    addAvatar(frameStore, `s${i}`, i + 1, { name: `P${i}`, colour: "#336699", role: "resident", connected: true, style: style(i) }, 0);
    const x = 144 + (i % 40) * 0.3;
    const z = 144 + Math.floor(i / 40) * 0.4;
    writeRecord(bytes, FRAME_HEADER_BYTES + i * RECORD_BYTES, { idx: i + 1, x: quantizePosition(x), z: quantizePosition(z), heading: 0, anim: 0 });
  }
  applyMovementFrame(frameStore, bytes, 0);
}

async function instancedMeshesFor(n: number, style?: (i: number) => string): Promise<InstancedMesh[]> {
  crowd(n, style);
  const renderer = await ReactThreeTestRenderer.create(<Avatars />);
  // The crowd may outgrow the first buffers: each frame that does doubles them (a re-render).
  for (let i = 0; i < 8; i++) await ReactThreeTestRenderer.act(async () => { await renderer.advanceFrames(1, 16); });
  const meshes: InstancedMesh[] = [];
  renderer.scene.instance.traverse((o) => { if ((o as InstancedMesh).isInstancedMesh) meshes.push(o as InstancedMesh); });
  await renderer.unmount();
  return meshes;
}

afterEach(() => clearFrameStore(frameStore));

describe("avatars in the 3D world", () => {
  it("draw ten people or a thousand with the same five instanced meshes", async () => {
    const few = await instancedMeshesFor(10);
    const many = await instancedMeshesFor(1000, (i) => ["classic", "suit", "hoodie", "overalls"][i % 4]!);
    expect(few).toHaveLength(5);
    expect(many).toHaveLength(5);
    // Bodies, heads, badges; then garments and collars, which plain clothes do without.
    expect(few.map((m) => m.count)).toEqual([10, 10, 10, 0, 0]);
    expect(many.map((m) => m.count)).toEqual([1000, 1000, 1000, 500, 500]);
  });

  it("dress each person in the style of their profile", async () => {
    const [, , , garments, collars] = await instancedMeshesFor(3, (i) => ["suit", "hoodie", "overalls"][i]!);
    // The suit and the overalls have a garment, the suit and the hoodie a collar; a hood is the person's own colour, darker.
    expect(garments!.count).toBe(2);
    expect(collars!.count).toBe(2);
    const colour = (mesh: InstancedMesh, i: number) => {
      const c = mesh.instanceColor!.array;
      return [c[i * 3]!, c[i * 3 + 1]!, c[i * 3 + 2]!];
    };
    expect(colour(garments!, 0)).not.toEqual(colour(garments!, 1));
    const [r, g, b] = colour(collars!, 1);
    expect(b).toBeGreaterThan(r!);
    expect(b).toBeLessThan(0.6);
    expect(g).toBeLessThan(b!);
  });

  it("leave out people the server says are out of view", async () => {
    crowd(5);
    // A frame centred two cells away: everyone in the plaza cell is now out of view.
    const away = new Uint8Array(FRAME_HEADER_BYTES);
    writeFrameHeader(away, cellCoord(150) + 2, cellCoord(150), 2);
    applyMovementFrame(frameStore, away, 100);
    const renderer = await ReactThreeTestRenderer.create(<Avatars />);
    await ReactThreeTestRenderer.act(async () => { await renderer.advanceFrames(2, 16); });
    const meshes: InstancedMesh[] = [];
    renderer.scene.instance.traverse((o) => { if ((o as InstancedMesh).isInstancedMesh) meshes.push(o as InstancedMesh); });
    expect(meshes.map((m) => m.count)).toEqual([0, 0, 0, 0, 0]);
    await renderer.unmount();
  });
});
