import ReactThreeTestRenderer from "@react-three/test-renderer";
import { afterEach, describe, expect, it } from "vitest";
import { DataTexture, Raycaster, Vector3, type Mesh, type MeshBasicMaterial } from "three";
import type { Heatmap } from "../../../shared/protocol/dashboard.ts";
import { heatmapOverlayStore, hideHeatmapOverlay, overlayLoaded, showHeatmapOverlay } from "../../state/heatmapOverlay.ts";
import { HeatmapOverlay } from "./HeatmapOverlay.tsx";

const heatmap = (dwell: number): Heatmap => ({
  parkId: "home", cellSize: 2, width: 300, depth: 300,
  cells: [{ cx: 10, cz: 20, dwellSeconds: dwell, visitors: 1 }, { cx: 74, cz: 74, dwellSeconds: 1, visitors: 1 }],
  totalDwellSeconds: dwell + 1, maxDwellSeconds: dwell,
});
const show = (dwell: number) => overlayLoaded(heatmapOverlayStore, {
  parkId: "home", period: "today", range: { from: "2026-11-23", to: "2026-11-23" }, heatmap: heatmap(dwell),
});

async function meshesOf(parkId: string): Promise<{ meshes: Mesh[]; unmount: () => Promise<void> }> {
  const renderer = await ReactThreeTestRenderer.create(<HeatmapOverlay parkId={parkId} />);
  const meshes: Mesh[] = [];
  renderer.scene.instance.traverse((o) => { if ((o as Mesh).isMesh) meshes.push(o as Mesh); });
  return { meshes, unmount: () => renderer.unmount() };
}

afterEach(() => hideHeatmapOverlay(heatmapOverlayStore));

describe("the heatmap overlay in the 3D park", () => {
  it("is one translucent plane over the park, its texture one texel per cell", async () => {
    showHeatmapOverlay(heatmapOverlayStore, "home");
    show(120);
    const { meshes, unmount } = await meshesOf("home");
    expect(meshes).toHaveLength(1);
    const [mesh] = meshes as [Mesh];
    const material = mesh.material as MeshBasicMaterial;
    expect(material.transparent).toBe(true);
    expect(material.depthWrite).toBe(false);
    const texture = material.map as DataTexture;
    expect(texture.isDataTexture).toBe(true);
    expect([texture.image.width, texture.image.height]).toEqual([150, 150]);
    // Lies flat over the park, just above the ground.
    expect(mesh.position.x).toBe(150);
    expect(mesh.position.z).toBe(150);
    expect(mesh.position.y).toBeGreaterThan(0);
    expect(mesh.position.y).toBeLessThan(0.2);
    await unmount();
  });

  it("lets clicks through to the ground", async () => {
    showHeatmapOverlay(heatmapOverlayStore, "home");
    show(120);
    const { meshes, unmount } = await meshesOf("home");
    const mesh = meshes[0]!;
    mesh.updateMatrixWorld(true);
    const ray = new Raycaster(new Vector3(21, 50, 41), new Vector3(0, -1, 0));
    expect(ray.intersectObject(mesh)).toHaveLength(0);
    await unmount();
  });

  it("draws nothing while off, or for another park", async () => {
    const off = await meshesOf("home");
    expect(off.meshes).toHaveLength(0);
    await off.unmount();
    showHeatmapOverlay(heatmapOverlayStore, "home");
    show(120);
    const other = await meshesOf("changshu");
    expect(other.meshes).toHaveLength(0);
    await other.unmount();
  });

  it("keeps its texture for equal figures and makes a new one when they change", async () => {
    showHeatmapOverlay(heatmapOverlayStore, "home");
    show(120);
    const renderer = await ReactThreeTestRenderer.create(<HeatmapOverlay parkId="home" />);
    const mapOf = () => ((renderer.scene.findByType("Mesh").instance as Mesh).material as MeshBasicMaterial).map;
    const first = mapOf();
    await ReactThreeTestRenderer.act(async () => show(120));
    expect(mapOf()).toBe(first);
    await ReactThreeTestRenderer.act(async () => show(240));
    expect(mapOf()).not.toBe(first);
    await renderer.unmount();
  });
});
