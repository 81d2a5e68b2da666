import { createContext, useContext, type RefObject } from "react";

/**
 * The DOM layer that world labels (drei <Html>) are placed into. Without it, drei appends each
 * label to whatever element fiber's events are connected to, which changes while the canvas
 * unmounts: drei then re-creates the label's React root on the same element, and the old root's
 * late unmount tries to remove a node the new root already cleared (a "removeChild" page error
 * on leaving the park). A stable element of our own avoids that.
 */
export const LabelLayerContext = createContext<RefObject<HTMLElement> | null>(null);

export function useLabelLayer(): RefObject<HTMLElement> | undefined {
  return useContext(LabelLayerContext) ?? undefined;
}
