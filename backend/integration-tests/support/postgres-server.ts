import { execFile } from "node:child_process"
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { promisify } from "node:util"
import { Client } from "pg"
import { waitFor } from "./wait-for"

const run = promisify(execFile)

export type PostgresServer = {
  port: number
  /** A connection URL for `database` on this server (user postgres, no password). */
  url: (database: string) => string
  start: () => Promise<void>
  /** `pg_ctl stop -m fast`: open sessions are ended, committed work is kept. */
  stop: () => Promise<void>
  /** Stops the server and deletes its data directory. */
  destroy: () => Promise<void>
  /** Creates `database` here as a copy of the database at `sourceUrl` (on any server), with pg_dump and pg_restore. */
  copyDatabase: (sourceUrl: string, database: string) => Promise<void>
}

/** PG_BIN_DIR, else the newest Debian/Ubuntu server under /usr/lib/postgresql. */
function binDir(): string {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR
  const root = "/usr/lib/postgresql"
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => existsSync(path.join(root, version, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : []
  if (!versions[0]) {
    throw new Error(
      "No PostgreSQL server binaries: install postgresql (Debian/Ubuntu) or set PG_BIN_DIR to the folder holding initdb and pg_ctl",
    )
  }
  return path.join(root, versions[0], "bin")
}

/** PostgreSQL refuses to run as root; as root the server runs as the system's `postgres` user. */
async function runAs(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined
  const [uid, gid] = await Promise.all([run("id", ["-u", "postgres"]), run("id", ["-g", "postgres"])])
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) }
}

async function answers(port: number): Promise<boolean> {
  const client = new Client({ host: "127.0.0.1", port, user: "postgres", database: "postgres" })
  client.on("error", () => {})
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => {})
  }
}

/**
 * A private PostgreSQL cluster in a temporary folder, for a test that stops and starts its database. Trust
 * authentication on 127.0.0.1 only; fsync off, as nothing here must survive the machine.
 */
export async function postgresServer(port: number): Promise<PostgresServer> {
  const bin = binDir()
  const user = await runAs()
  const dataDir = mkdtempSync(path.join(tmpdir(), "usra-pg-"))
  if (user) chownSync(dataDir, user.uid, user.gid)
  const pg = (tool: string, args: string[]) =>
    run(path.join(bin, tool), args, { ...(user ?? {}), cwd: dataDir, timeout: 60_000 })

  await pg("initdb", ["-D", dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"])
  const options = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${dataDir}`,
    "-c fsync=off",
    "-c max_connections=100",
  ].join(" ")

  const server: PostgresServer = {
    port,
    url: (database) => `postgres://postgres@127.0.0.1:${port}/${database}`,
    async start() {
      await pg("pg_ctl", [
        "start",
        "-D",
        dataDir,
        "-o",
        options,
        "-l",
        path.join(dataDir, "server.log"),
        "-w",
      ])
      await waitFor(() => answers(port), { timeoutMs: 30_000, what: `PostgreSQL on ${port}` })
    },
    async stop() {
      await pg("pg_ctl", ["stop", "-D", dataDir, "-m", "fast", "-w"])
    },
    async destroy() {
      await server.stop().catch(() => {})
      rmSync(dataDir, { recursive: true, force: true })
    },
    async copyDatabase(sourceUrl, database) {
      const dump = path.join(dataDir, `${database}.dump`)
      const tool = (name: string, args: string[]) =>
        run(path.join(bin, name), args, { ...(user ?? {}), cwd: dataDir, timeout: 120_000 })
      await tool("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "-f", dump, sourceUrl])
      await tool("createdb", ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", database])
      await tool("pg_restore", [
        "--no-owner",
        "--no-privileges",
        "--jobs=2",
        "-d",
        server.url(database),
        dump,
      ])
      rmSync(dump, { force: true })
    },
  }
  return server
}
