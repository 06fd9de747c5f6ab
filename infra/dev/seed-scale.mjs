#!/usr/bin/env node
// `npm run seed:scale -- --families 1000 --products 10000 --orders 50000`: finds PostgreSQL and Redis the way
// `npm start` does (the `usra` database unless DATABASE_URL is set) and runs the backend's `seed:scale` script
// against them. The demo seed must have run first (`npm start` runs it). Sizes are totals: running it again
// adds nothing, a bigger size adds the difference.
import path from "node:path"
import { fileURLToPath } from "node:url"
import { ensureDependencies } from "./deps.mjs"
import { runOrThrow } from "./run.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
ensureDependencies(root)
const { ensureServices } = await import("./services.mjs")

const services = await ensureServices(process.env.DATABASE_URL ? {} : { database: "usra" })
let code = 0
try {
  await runOrThrow("npx", ["turbo", "run", "build", "--filter=@usra/types", "--filter=@usra/i18n"], {
    cwd: root,
  })
  await runOrThrow("npm", ["run", "seed:scale", "-w", "@usra/backend", "--", ...process.argv.slice(2)], {
    cwd: root,
    env: {
      NODE_ENV: process.env.NODE_ENV ?? "development",
      DATABASE_URL: services.databaseUrl,
      REDIS_URL: services.redisUrl,
    },
  })
} catch (error) {
  console.error(`[seed:scale] ${error.message}`)
  code = 1
} finally {
  await services.stop()
}
process.exit(code)
