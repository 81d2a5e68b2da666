/**
 * Where the game server is. Built, the page comes from the game server itself. In `npm run dev`
 * the page comes from Vite, which proxies /api and /matchmake, but room websockets live at
 * /<processId>/<roomId>, which no fixed proxy rule can name: the SDK talks to the server directly.
 */
export const gameServerUrl = (): string =>
  import.meta.env.DEV ? `${location.protocol}//${location.hostname}:2567` : location.origin;
