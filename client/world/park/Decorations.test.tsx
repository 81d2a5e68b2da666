import ReactThreeTestRenderer from "@react-three/test-renderer";
import { describe, expect, it } from "vitest";
import type { InstancedMesh } from "three";
import { DecorationKind, type Decoration } from "../../../shared/protocol/parkLayout.ts";
import { Decorations } from "./Decorations.tsx";

/** `n` decorations, the kinds taken in turn, on a grid. */
const decorations = (n: number): Decoration[] => Array.from({ length: n }, (_, i) => ({
  id: `d-${i}`, kind: DecorationKind.options[i % DecorationKind.options.length]!, x: 10 + (i % 20) * 6, z: 10 + Math.floor(i / 20) * 6, rotation: 0,
}));

async function instancedMeshesFor(list: Decoration[]): Promise<InstancedMesh[]> {
  const renderer = await ReactThreeTestRenderer.create(<Decorations decorations={list} />);
  const meshes: InstancedMesh[] = [];
  renderer.scene.instance.traverse((o) => { if ((o as InstancedMesh).isInstancedMesh) meshes.push(o as InstancedMesh); });
  await renderer.unmount();
  return meshes;
}

describe("decorations in the 3D world", () => {
  it("draw fourteen or five hundred with the same fourteen instanced meshes, two parts per kind", async () => {
    const few = await instancedMeshesFor(decorations(14));
    const many = await instancedMeshesFor(decorations(500));
    expect(few).toHaveLength(14);
    expect(many).toHaveLength(14);
    expect(few.map((m) => m.count)).toEqual(Array(14).fill(2));
    expect(many.reduce((sum, m) => sum + m.count, 0)).toBe(1000);
  });

  it("draw nothing for a park without decorations, and only the kinds in use", async () => {
    expect(await instancedMeshesFor([])).toHaveLength(0);
    const trees = await instancedMeshesFor(decorations(1));
    expect(trees.map((m) => m.count)).toEqual([1, 1]);
  });
});
