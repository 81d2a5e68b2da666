import { defineConfig } from "vitest/config";

const BROWSER_TESTS = "e2e/**/*.browser.test.ts";

export default defineConfig({
  test: {
    globalSetup: ["server/testing/globalSetup.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["shared/**/*.test.ts", "bench/**/*.test.ts", "server/**/*.test.ts", "client/**/*.test.{ts,tsx}", "e2e/**/*.test.ts"],
          exclude: [BROWSER_TESTS],
        },
      },
      {
        // Software WebGL takes a core per page: two browser files at once on a two-core machine
        // starve each other (and the server they talk to) until polls time out. One at a time,
        // after everything else.
        extends: true,
        test: { name: "browser", include: [BROWSER_TESTS], fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
