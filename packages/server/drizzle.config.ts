// drizzle-kit: generates the committed SQL migrations from the module schemas.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./packages/server/src/platform/db/schema.ts",
  out: "./packages/server/migrations",
});
