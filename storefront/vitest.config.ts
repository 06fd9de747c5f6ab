import { defineConfig } from "vitest/config"

// Kept apart from vite.config.ts: the React Router plugin expects a full app build, not unit tests.
export default defineConfig({
  esbuild: { jsx: "automatic" },
  test: {
    include: ["app/**/*.test.{ts,tsx}"],
    environment: "node",
  },
})
