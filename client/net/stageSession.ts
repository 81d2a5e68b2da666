import { sessionStore, setSession } from "../state/session.ts";
import { stageRoomStore } from "../state/stage.ts";
import { createStageLink } from "./stageLink.ts";
import { gameServerUrl } from "./serverUrl.ts";

/** The app's one launch hall link, wired to the app's stores. */
export const stageLink = createStageLink({
  store: stageRoomStore,
  endpoint: gameServerUrl,
  token: () => sessionStore.getState().session?.token ?? null,
  onUnauthorized: () => setSession(null),
});
