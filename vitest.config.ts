import { defineConfig } from "vitest/config";

// Unit tests (`*.test.ts`) are pure and fast. Integration tests (`*.int.test.ts`) start the real
// server on loopback against a real database: embedded PGlite always, and PostgreSQL as well when
// TEST_DATABASE_URL names a server (CI sets it; see .ci/run). Browser journeys (`*.e2e.test.ts`)
// drive the built web app served by the real server.
const integration = (backend: "pglite" | "postgres") => ({
  test: {
    name: `integration-${backend}`,
    include: ["apps/*/test/**/*.int.test.ts"],
    env: { BETWEEN_TEST_BACKEND: backend },
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["packages/*/test/**/*.test.ts", "apps/*/test/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "**/node_modules/**"],
        },
      },
      integration("pglite"),
      {
        // Journeys in a real browser (playwright-core driving /usr/bin/chromium) against the real
        // server, started once for the run (e2e/support/global-setup.ts). One file at a time: the
        // machine's cores go to the browser and the server.
        test: {
          name: "e2e",
          include: ["e2e/**/*.e2e.test.ts"],
          globalSetup: ["e2e/support/global-setup.ts"],
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
        },
      },
      ...(process.env.TEST_DATABASE_URL === undefined ? [] : [integration("postgres")]),
    ],
  },
});
