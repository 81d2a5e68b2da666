import { navigate, parkPath, roomInsidePath } from "../router.ts";
import { chatStore } from "../state/chat.ts";
import { frameStore } from "../state/frame.ts";
import { inputStore } from "../state/input.ts";
import { parkRoomStore } from "../state/park.ts";
import { sessionStore, setSession } from "../state/session.ts";
import { createParkLink } from "./parkLink.ts";
import { gameServerUrl } from "./serverUrl.ts";

/** The app's one park link, wired to the app's stores and address bar. */
export const parkLink = createParkLink({
  frames: frameStore,
  park: parkRoomStore,
  chat: chatStore,
  input: inputStore,
  endpoint: gameServerUrl,
  token: () => sessionStore.getState().session?.token ?? null,
  // The page follows the address: the new route makes the park page enter the other park.
  onPortal: (parkId, spawnId) => navigate(parkPath(parkId), { state: { spawnId } }),
  onDoor: (meetingRoomId) => navigate(roomInsidePath(meetingRoomId)),
  onUnauthorized: () => setSession(null),
});
