import { defineConfig } from "vitest/config";

// Unit tests (`*.test.ts`) are pure and fast; integration tests (`*.int.test.ts`) run against a
// real database: embedded PGlite always, and PostgreSQL too when TEST_DATABASE_URL is set.
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
    ],
  },
});
