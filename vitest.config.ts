import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["shared/**/*.test.ts", "bench/**/*.test.ts", "server/**/*.test.ts", "client/**/*.test.{ts,tsx}", "e2e/**/*.test.ts"],
    globalSetup: ["server/testing/globalSetup.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
