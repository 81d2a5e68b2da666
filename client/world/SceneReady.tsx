import { addAfterEffect } from "@react-three/fiber";
import { useEffect } from "react";
import { markLoaded, parkRoomStore } from "../state/park.ts";

/** Marks the last loading step once the canvas has drawn its first frame of the park. */
export function SceneReady() {
  useEffect(() => {
    const stop = addAfterEffect(() => {
      markLoaded(parkRoomStore, "scene");
      stop();
    });
    return stop;
  }, []);
  return null;
}
