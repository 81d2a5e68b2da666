import { useThree, type ThreeEvent } from "@react-three/fiber";
import { useCallback } from "react";
import { Plane, Raycaster, Vector2, Vector3 } from "three";
import { beginDrag, dragTo, draftOf, editorStore, endDrag } from "../../state/editor.ts";
import { itemCentre, type ItemRef } from "../../state/editorDraft.ts";

const GROUND = new Plane(new Vector3(0, 1, 0), 0);
const _raycaster = new Raycaster();
const _ndc = new Vector2();
const _hit = new Vector3();

interface Toggle { enabled: boolean }

/**
 * Pressing on an item starts dragging it over the ground: the point under the pointer carries the
 * item, keeping where it was grabbed. The camera's own dragging is off meanwhile, and the press
 * never reaches the ground below (so the avatar does not walk there). The whole drag is one undo step.
 */
export function useItemDrag(): (ref: ItemRef, e: ThreeEvent<PointerEvent>) => void {
  const camera = useThree((s) => s.camera);
  const element = useThree((s) => s.gl.domElement);
  const controls = useThree((s) => s.controls) as unknown as Toggle | null;

  return useCallback((ref: ItemRef, e: ThreeEvent<PointerEvent>) => {
    if (e.button !== 0) return;
    e.stopPropagation();
    const draft = draftOf(editorStore.getState());
    const centre = draft ? itemCentre(draft, ref) : null;
    if (!draft || !centre) return;
    const groundAt = (x: number, y: number): { x: number; z: number } | null => {
      const rect = element.getBoundingClientRect();
      _ndc.set(((x - rect.left) / rect.width) * 2 - 1, -((y - rect.top) / rect.height) * 2 + 1);
      _raycaster.setFromCamera(_ndc, camera);
      const hit = _raycaster.ray.intersectPlane(GROUND, _hit);
      return hit ? { x: hit.x, z: hit.z } : null;
    };
    const start = groundAt(e.nativeEvent.clientX, e.nativeEvent.clientY) ?? centre;
    const offset = { x: centre.x - start.x, z: centre.z - start.z };
    const { width, depth } = draft.size;

    beginDrag(editorStore, ref);
    if (controls) controls.enabled = false;
    element.style.cursor = "grabbing";
    const move = (ev: PointerEvent) => {
      const p = groundAt(ev.clientX, ev.clientY);
      if (!p) return;
      // Kept within the park: an item dragged past the edge stops at it.
      dragTo(editorStore, Math.min(width, Math.max(0, p.x + offset.x)), Math.min(depth, Math.max(0, p.z + offset.z)));
    };
    const stop = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", stop);
      window.removeEventListener("pointercancel", stop);
      endDrag(editorStore);
      if (controls) controls.enabled = true;
      element.style.cursor = "";
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", stop);
    window.addEventListener("pointercancel", stop);
  }, [camera, element, controls]);
}
