import ReactThreeTestRenderer from "@react-three/test-renderer";
import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { Color, type InstancedMesh, type Mesh } from "three";
import { en } from "../../i18n/locales/en.ts";
import { initialParkRoomState, parkRoomStore, type BoothSignView } from "../../state/park.ts";
import { BoothStands } from "./BoothStands.tsx";

const slotsOf = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `booth-${i + 1}`, zoneId: "exhibition", x: 10 + i * 10, z: 44, rotation: Math.PI }));
const sign = (slotId: string, colour: string): BoothSignView => ({
  slotId, companyId: "5f0c3c1e-7f55-4a4c-9a36-0c9d7b3b2f10", name: "Yushan Precision", colour, logoImageId: "", verified: true, version: 1,
});

beforeAll(async () => {
  await i18next.use(initReactI18next).init({ lng: "en", resources: { en: { translation: en } } });
});
afterEach(() => parkRoomStore.setState(initialParkRoomState()));

async function meshesFor(n: number, held: Record<string, BoothSignView>) {
  parkRoomStore.setState({ booths: held });
  const renderer = await ReactThreeTestRenderer.create(<BoothStands slots={slotsOf(n)} />);
  await ReactThreeTestRenderer.act(async () => { await renderer.advanceFrames(1, 16); });
  const meshes: Mesh[] = [];
  renderer.scene.instance.traverse((o) => { if ((o as Mesh).isMesh) meshes.push(o as Mesh); });
  await renderer.unmount();
  return meshes;
}

describe("booth stands in the park", () => {
  it("draw five slots or sixty with the same few meshes", async () => {
    const few = await meshesFor(5, { "booth-2": sign("booth-2", "#b5495b") });
    const many = await meshesFor(60, Object.fromEntries(slotsOf(60).map((s) => [s.id, sign(s.id, "#1f7a8c")])));
    expect(few).toHaveLength(7);
    expect(many).toHaveLength(7);
    const instanced = many.filter((m) => (m as InstancedMesh).isInstancedMesh) as InstancedMesh[];
    expect(instanced.map((m) => m.count)).toEqual([60, 60, 60, 60, 60]);
    // Every sign in one merged mesh, every logo in another: two quads (four faces) a booth.
    const merged = many.filter((m) => !(m as InstancedMesh).isInstancedMesh);
    expect(merged.map((m) => m.geometry.getIndex()!.count / 6)).toEqual([60, 60]);
  });

  it("give a held booth its company's colour on the awning, free ones keep theirs", async () => {
    const meshes = await meshesFor(3, { "booth-2": sign("booth-2", "#b5495b") });
    const instanced = meshes.filter((m) => (m as InstancedMesh).isInstancedMesh) as InstancedMesh[];
    const awning = instanced.find((m) => m.instanceColor !== null)!;
    const c = new Color();
    awning.getColorAt(1, c);
    expect(`#${c.getHexString()}`).toBe("#b5495b");
    awning.getColorAt(0, c);
    expect(`#${c.getHexString()}`).not.toBe("#b5495b");
    // The logo mesh holds the one held booth.
    const logos = meshes.filter((m) => !(m as InstancedMesh).isInstancedMesh).at(-1)!;
    expect(logos.geometry.getIndex()!.count / 6).toBe(1);
  });

  it("leave out the logo mesh when no slot is held", async () => {
    expect(await meshesFor(4, {})).toHaveLength(6);
  });
});
