import { OrbitControls } from "@react-three/drei";
import { useMemo, type RefObject } from "react";
import type { ScreenState } from "../../../shared/protocol/meetingMessages.ts";
import type { MeetingPerson } from "../../state/meetingRoom.ts";
import { LabelLayerContext } from "../labelLayer.ts";
import { BigScreen } from "./BigScreen.tsx";
import { ExitDoor } from "./ExitDoor.tsx";
import { MeetingTable } from "./MeetingTable.tsx";
import { RoomShell } from "./RoomShell.tsx";
import { SeatedPeople, type SeatedLabels } from "./SeatedPeople.tsx";
import { seatLayout } from "./seatLayout.ts";

/** Where the camera stands, relative to the room: behind the far end, up and to the left, so the door on the right wall is in view. */
export function cameraFor(capacity: number): { position: [number, number, number]; target: [number, number, number] } {
  const layout = seatLayout(capacity);
  const back = layout.screenZ + layout.depth;
  return { position: [-2.4, 3.5 + layout.depth * 0.08, back + 1.6], target: [0.3, 1.2, layout.screenZ + layout.depth * 0.38] };
}

/**
 * The inside of a meeting room: the room, its table with a chair per place, the people present in
 * their seats, the big screen and the door out. The camera is fixed on the table and the screen;
 * a person may turn and tilt it a little.
 */
export function MeetingScene(props: {
  capacity: number;
  people: MeetingPerson[];
  hostUserId: string;
  screen: ScreenState;
  labels: SeatedLabels & { exit: string };
  labelLayer: RefObject<HTMLElement>;
  onExit: () => void;
}) {
  const layout = useMemo(() => seatLayout(props.capacity), [props.capacity]);
  const view = useMemo(() => cameraFor(props.capacity), [props.capacity]);
  const back = layout.screenZ + layout.depth;
  return (
    <LabelLayerContext value={props.labelLayer}>
      <color attach="background" args={["#dfe7e6"]} />
      <RoomShell layout={layout} />
      <MeetingTable layout={layout} />
      <SeatedPeople people={props.people} seats={layout.seats} hostUserId={props.hostUserId} labels={props.labels} />
      <BigScreen screen={props.screen} z={layout.screenZ} />
      <ExitDoor x={layout.width / 2} z={Math.min(back - 1.2, layout.table.z + layout.table.length * 0.2)} label={props.labels.exit} onExit={props.onExit} />
      <OrbitControls
        makeDefault
        target={view.target}
        enablePan={false}
        enableDamping={false}
        minDistance={4}
        maxDistance={view.position[2] - view.target[2] + 4}
        minPolarAngle={0.7}
        maxPolarAngle={1.35}
        minAzimuthAngle={-0.9}
        maxAzimuthAngle={0.4}
      />
    </LabelLayerContext>
  );
}
