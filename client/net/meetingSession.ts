import { meetingRoomStore } from "../state/meetingRoom.ts";
import { sessionStore, setSession } from "../state/session.ts";
import { createMeetingLink } from "./meetingLink.ts";
import { gameServerUrl } from "./serverUrl.ts";

/** The app's one meeting room link, wired to the app's stores. */
export const meetingLink = createMeetingLink({
  store: meetingRoomStore,
  endpoint: gameServerUrl,
  token: () => sessionStore.getState().session?.token ?? null,
  onUnauthorized: () => setSession(null),
});
