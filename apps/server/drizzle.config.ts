// `npm run db:generate` writes a new migration from the schema. The same SQL runs on PGlite
// (PostgreSQL 17) and PostgreSQL (15+), so keep to what both accept.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema/index.ts",
  out: "./drizzle",
});
