import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** Where `npm run dev` finds the game server (see client/net/serverUrl.ts for the websocket side). */
const SERVER = "http://localhost:2567";

export default defineConfig({
  root: "client",
  plugins: [react()],
  build: {
    // The server serves this folder (server/app.ts, clientDir).
    outDir: "../dist/client",
    emptyOutDir: true,
    // three and fiber cannot be tree-shaken (notes/client-stack.md): the park chunk is ~1 MB by
    // nature. The landing page loads without it, because the park page is a lazy route.
    chunkSizeWarningLimit: 1600,
  },
  server: {
    proxy: {
      "/api": SERVER,
      "/matchmake": SERVER,
    },
  },
});
