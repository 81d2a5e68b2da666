import type { RefObject } from "react";
import type { ParkLayout } from "../../shared/protocol/parkLayout.ts";
import type { Language } from "../i18n/language.ts";
import { Avatars } from "./avatars/Avatars.tsx";
import { MotionTicker } from "./avatars/MotionTicker.tsx";
import { NameTags } from "./avatars/NameTags.tsx";
import { SelfMarker } from "./avatars/SelfMarker.tsx";
import { FollowCamera } from "./controls/FollowCamera.tsx";
import { EditorLayer } from "./editor/EditorLayer.tsx";
import { Boards } from "./park/Boards.tsx";
import { Decorations } from "./park/Decorations.tsx";
import { useEditedLayout, useEditing } from "../state/editor.ts";
import { BoothStands } from "./park/BoothStands.tsx";
import { Buildings } from "./park/Buildings.tsx";
import { Doors } from "./park/Doors.tsx";
import { Furniture } from "./park/Furniture.tsx";
import { Ground } from "./park/Ground.tsx";
import { HeatmapOverlay } from "./park/HeatmapOverlay.tsx";
import { Lights } from "./park/Lights.tsx";
import { Portals } from "./park/Portals.tsx";
import { Trees } from "./park/Trees.tsx";
import { WalkTarget } from "./park/WalkTarget.tsx";
import { ZoneLabels } from "./park/ZoneLabels.tsx";
import { LabelLayerContext } from "./labelLayer.ts";
import { RenderProbe } from "./RenderProbe.tsx";

/** Everything inside the park's <Canvas>: the place, the people and the camera. */
export function ParkScene({ layout: stored, lng, labelLayer }: { layout: ParkLayout; lng: Language; labelLayer: RefObject<HTMLElement> }) {
  // While a manager edits this park, the scene draws their draft.
  const layout = useEditedLayout(stored);
  const editing = useEditing(stored.id);
  const centre = [layout.size.width / 2, layout.size.depth / 2] as const;
  return (
    <LabelLayerContext value={labelLayer}>
      <fog attach="fog" args={["#dce8ef", 140, 520]} />
      <Lights centre={centre} />
      <Ground layout={layout} />
      <HeatmapOverlay parkId={layout.id} />
      <Buildings buildings={layout.buildings} />
      <BoothStands slots={layout.boothSlots} />
      <Doors doors={layout.doors} lng={lng} />
      <Trees layout={layout} />
      <Furniture layout={layout} />
      <Portals portals={layout.portals} lng={lng} />
      <Boards boards={layout.boards} lng={lng} parkId={layout.id} />
      <Decorations decorations={layout.decorations} />
      <ZoneLabels layout={layout} lng={lng} />
      <MotionTicker />
      <Avatars />
      <SelfMarker />
      <NameTags />
      <WalkTarget />
      {editing ? <EditorLayer layout={layout} /> : <FollowCamera buildings={layout.buildings} />}
      <RenderProbe />
    </LabelLayerContext>
  );
}
