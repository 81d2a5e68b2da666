import { useThree } from "@react-three/fiber";
import { useEffect } from "react";
import type { Scene } from "three";

/** One rendered frame as `npm run bench:render` reads it. */
export interface RenderSample {
  /** CPU milliseconds spent inside `gl.render()` (shadow pass included). */
  ms: number;
  calls: number;
  triangles: number;
}

/** What the probe puts on `window.__enclaveRender`. */
export interface RenderProbeApi {
  samples: RenderSample[];
  reset(): void;
  /** The scene, so a benchmark can count what is in it (e.g. avatar instances). */
  scene: Scene;
}

const MAX_SAMPLES = 2000;
const enabled = typeof location !== "undefined" && new URLSearchParams(location.search).get("probe") === "1";

/**
 * Measuring hook for bench/render.ts, inert unless the page's URL has `?probe=1`. Then it renders
 * continuously (the park normally renders on demand), times each `gl.render()` call and records the
 * frame's draw calls and triangles right after it (renderer.info resets at the start of each render),
 * and exposes them, with the scene, as `window.__enclaveRender`. Production-harmless: without the
 * parameter it does nothing.
 */
export function RenderProbe() {
  const gl = useThree((s) => s.gl);
  const scene = useThree((s) => s.scene);
  const setFrameloop = useThree((s) => s.setFrameloop);
  useEffect(() => {
    if (!enabled) return;
    const api: RenderProbeApi = { samples: [], reset: () => void (api.samples.length = 0), scene };
    const render = gl.render;
    gl.render = (scene, camera) => {
      const start = performance.now();
      render.call(gl, scene, camera);
      const ms = performance.now() - start;
      if (api.samples.length < MAX_SAMPLES) {
        api.samples.push({ ms, calls: gl.info.render.calls, triangles: gl.info.render.triangles });
      }
    };
    (window as unknown as { __enclaveRender?: RenderProbeApi }).__enclaveRender = api;
    setFrameloop("always");
    return () => {
      gl.render = render;
      setFrameloop("demand");
      delete (window as unknown as { __enclaveRender?: RenderProbeApi }).__enclaveRender;
    };
  }, [gl, scene, setFrameloop]);
  return null;
}
