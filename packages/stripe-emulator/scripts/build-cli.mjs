#!/usr/bin/env node
// Builds the command-line entry (src/cli.ts) into dist/cli.mjs. Runs after infra/dev/build-package.mjs,
// which empties dist/ and builds the library entry (src/index.ts) only.
import { build } from "esbuild"

await build({
  entryPoints: ["src/cli.ts"],
  bundle: true,
  packages: "external",
  platform: "node",
  target: "node20",
  format: "esm",
  outfile: "dist/cli.mjs",
  sourcemap: true,
  logLevel: "warning",
})
