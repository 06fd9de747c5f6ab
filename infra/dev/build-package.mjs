#!/usr/bin/env node
// Builds a shared package (run from its folder) into dist/ as ESM and CommonJS: the backend runs on
// CommonJS (Medusa), the storefront and console on ESM. Types are read from src/ directly.
import { rmSync } from "node:fs"
import { build } from "esbuild"

const common = {
  entryPoints: ["src/index.ts"],
  bundle: true,
  packages: "external",
  platform: "neutral",
  target: "es2022",
  sourcemap: true,
  logLevel: "warning",
}

rmSync("dist", { recursive: true, force: true })
await Promise.all([
  build({ ...common, format: "esm", outfile: "dist/index.mjs" }),
  build({ ...common, format: "cjs", outfile: "dist/index.cjs" }),
])
