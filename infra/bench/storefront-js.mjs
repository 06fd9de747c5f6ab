#!/usr/bin/env node
// Gzipped JavaScript a first visit downloads per storefront route: React Router's entry (React, the router, the JSX
// runtime) plus the root's, the language layout's and the route's own modules and their chunks, read from the
// build's manifest. `node infra/bench/storefront-js.mjs` builds the storefront (unless --no-build) and writes
// infra/bench/results/storefront-js.json. Goal (issue 6): at most 150 KB gz per page, the app's share at most 40 KB.
import { execFileSync } from "node:child_process"
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const storefront = path.join(root, "storefront")
const client = path.join(storefront, "build", "client")
const ROUTES = {
  home: "routes/home",
  listing: "routes/products",
  product: "routes/product",
  family: "routes/family",
  cart: "routes/cart",
  checkout: "routes/checkout",
}

/** Sizes per route from a built client folder (exported for tests and bench/run). */
export function measure(clientDir = client) {
  const assets = path.join(clientDir, "assets")
  const file = readdirSync(assets).find((name) => /^manifest-.*\.js$/.test(name))
  if (!file) throw new Error(`no React Router manifest in ${assets}: build the storefront first`)
  const text = readFileSync(path.join(assets, file), "utf8")
  const manifest = JSON.parse(text.slice(text.indexOf("{"), text.lastIndexOf("}") + 1))
  const gz = (url) => gzipSync(readFileSync(path.join(clientDir, url.replace(/^\//, "")))).length
  const sum = (files) => [...files].reduce((total, url) => total + gz(url), 0)
  const chain = (id) => {
    const route = manifest.routes[id]
    return route ? [...(route.parentId ? chain(route.parentId) : []), route] : []
  }
  const entry = new Set([manifest.entry.module, ...manifest.entry.imports])
  const floor = sum(entry)
  const routes = Object.fromEntries(
    Object.entries(ROUTES).map(([name, id]) => {
      const files = new Set(entry)
      for (const route of chain(id))
        for (const url of [route.module, ...(route.imports ?? [])]) files.add(url)
      const total = sum(files)
      return [
        name,
        { total_kb_gz: +(total / 1024).toFixed(1), app_kb_gz: +((total - floor) / 1024).toFixed(1) },
      ]
    }),
  )
  return { entry_kb_gz: +(floor / 1024).toFixed(1), routes }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.argv.includes("--no-build")) {
    execFileSync("npx", ["react-router", "build"], {
      cwd: storefront,
      stdio: ["ignore", "ignore", "inherit"],
    })
  }
  const result = { measured_at: new Date().toISOString(), ...measure() }
  mkdirSync(path.join(root, "infra/bench/results"), { recursive: true })
  writeFileSync(
    path.join(root, "infra/bench/results/storefront-js.json"),
    `${JSON.stringify(result, null, 2)}\n`,
  )
  console.log(`entry (React + router) ${result.entry_kb_gz} KB gz`)
  for (const [name, size] of Object.entries(result.routes)) {
    console.log(`${name.padEnd(9)} ${size.total_kb_gz} KB gz (app ${size.app_kb_gz} KB)`)
  }
}
