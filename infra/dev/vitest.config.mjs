import path from "node:path"
import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const here = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  // infra/ as root: the dev scripts' tests, the Kubernetes and compose files' tests and the benchmarks' helpers.
  root: path.resolve(here, ".."),
  // Keep Vite's cache in the root node_modules rather than creating infra/dev/node_modules.
  cacheDir: path.resolve(here, "../../node_modules/.vite/infra-dev"),
  test: {
    include: [
      "dev/__tests__/**/*.test.mjs",
      "k8s/__tests__/**/*.test.mjs",
      "compose/__tests__/**/*.test.mjs",
      "bench/__tests__/**/*.test.mjs",
    ],
    pool: "forks",
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // The tests start real servers: one file at a time.
    fileParallelism: false,
  },
})
