import { OrbitControls } from "@react-three/drei";
import { useThree } from "@react-three/fiber";
import { useLayoutEffect, useMemo, useRef, type ComponentRef, type RefObject } from "react";
import type { StageView } from "../../../shared/protocol/stageMessages.ts";
import type { StagePerson } from "../../state/stage.ts";
import { LabelLayerContext } from "../labelLayer.ts";
import { RenderProbe } from "../RenderProbe.tsx";
import { Crowd, type CrowdLabels } from "./Crowd.tsx";
import { HallShell } from "./HallShell.tsx";
import { LOOK_AROUND, seatCamera } from "./seatCamera.ts";
import { Speakers, type SpeakerLabels } from "./Speakers.tsx";
import { StageScreen, type ScreenLabels } from "./StageScreen.tsx";

export type HallLabels = CrowdLabels & SpeakerLabels & ScreenLabels & { kicker: string };

/** Puts the camera at the seat (or the wide view) whenever either changes; the person may then look around a little. */
function CameraRig({ seat, view, seatCount }: { seat: number; view: "seat" | "wide"; seatCount: number }) {
  const camera = useThree((s) => s.camera);
  const invalidate = useThree((s) => s.invalidate);
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null);
  const cam = useMemo(() => seatCamera(seat, view, seatCount), [seat, view, seatCount]);
  useLayoutEffect(() => {
    camera.position.set(...cam.position);
    camera.lookAt(...cam.target);
    const c = controls.current;
    if (c) {
      c.target.set(...cam.target);
      const az = Math.atan2(cam.position[0] - cam.target[0], cam.position[2] - cam.target[2]);
      c.minAzimuthAngle = az - LOOK_AROUND.azimuth;
      c.maxAzimuthAngle = az + LOOK_AROUND.azimuth;
      c.update();
    }
    invalidate();
  }, [camera, cam, invalidate]);
  const distance = Math.hypot(cam.position[0] - cam.target[0], cam.position[1] - cam.target[1], cam.position[2] - cam.target[2]);
  return (
    <OrbitControls
      ref={controls}
      makeDefault
      enablePan={false}
      enableDamping={false}
      minDistance={distance * 0.7}
      maxDistance={distance * 1.15}
      minPolarAngle={LOOK_AROUND.polarMin}
      maxPolarAngle={LOOK_AROUND.polarMax}
    />
  );
}

/**
 * The launch hall in 3D: the room and stage, the big screen (slides, spotlight, a question), the
 * speakers on stage, and the audience in rows drawn from the seat bitmap with instancing.
 */
export function HallScene(props: {
  seatCount: number;
  seats: number[];
  seatsVersion: number;
  people: StagePerson[];
  stage: StageView | null;
  view: "seat" | "wide";
  labels: HallLabels;
  labelLayer: RefObject<HTMLElement>;
}) {
  const self = props.people.find((p) => p.isSelf);
  const seat = self && !self.onStage ? self.seat : -1;
  return (
    <LabelLayerContext value={props.labelLayer}>
      <HallShell seatCount={props.seatCount} />
      <StageScreen stage={props.stage} labels={props.labels} kicker={props.labels.kicker} />
      <Speakers people={props.people} labels={props.labels} />
      <Crowd seats={props.seats} seatsVersion={props.seatsVersion} seatCount={props.seatCount} people={props.people} labels={props.labels} wide={props.view === "wide" || seat < 0} />
      <CameraRig seat={seat} view={props.view} seatCount={props.seatCount} />
      <RenderProbe />
    </LabelLayerContext>
  );
}
