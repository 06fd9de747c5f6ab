import { defineConfig } from "vitest/config"

// One real Medusa server is shared by every file (global setup), so files run one after another.
export default defineConfig({
  test: {
    include: ["src/**/__tests__/**/*.test.ts", "integration-tests/**/*.spec.ts"],
    globalSetup: ["integration-tests/setup/global-setup.ts"],
    pool: "forks",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ["default"],
  },
})
