import { type ChildProcess, spawn } from "node:child_process"
import path from "node:path"
import { waitFor } from "./wait-for"

export const BACKEND_DIR = path.resolve(__dirname, "../..")
const MEDUSA_CLI = require.resolve("@medusajs/cli/cli.js")

export type MedusaProcess = {
  child: ChildProcess
  url: string
  output: () => string
  /** Sends SIGTERM to the process group and resolves with the exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>
  exited: Promise<number | null>
}

/**
 * Runs the `medusa` CLI in the backend folder (or `cwd`, such as the compiled build's), in its own process group so
 * nothing is left behind.
 */
export function runMedusa(
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd = BACKEND_DIR,
): MedusaProcess & { port?: number } {
  const child = spawn(process.execPath, [MEDUSA_CLI, ...args], {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  let log = ""
  child.stdout?.on("data", (chunk) => {
    log += chunk
  })
  child.stderr?.on("data", (chunk) => {
    log += chunk
  })
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
  const stop = async (signal: NodeJS.Signals = "SIGTERM") => {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, signal)
      } catch {
        // already gone
      }
    }
    return exited
  }
  return { child, url: `http://localhost:${env.PORT}`, output: () => log, stop, exited }
}

/** Starts `medusa start` and waits until /health answers. */
export async function startMedusa(
  env: NodeJS.ProcessEnv,
  timeoutMs = 120_000,
  cwd = BACKEND_DIR,
): Promise<MedusaProcess> {
  const server = runMedusa(["start"], env, cwd)
  let exitCode: number | null | undefined
  void server.exited.then((code) => {
    exitCode = code
  })
  try {
    await waitFor(
      async () => {
        if (exitCode !== undefined) throw new Error(`medusa exited with ${exitCode}`)
        const response = await fetch(`${server.url}/health`).catch(() => undefined)
        return response?.ok
      },
      { timeoutMs, intervalMs: 250, what: `medusa on ${server.url}` },
    )
  } catch (error) {
    await server.stop("SIGKILL")
    throw new Error(`${(error as Error).message}\n--- medusa output ---\n${server.output().slice(-4000)}`)
  }
  return server
}

/** Runs a medusa CLI command to completion; throws with its output on a non-zero exit. */
export async function medusaCommand(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const run = runMedusa(args, env)
  const code = await run.exited
  if (code !== 0)
    throw new Error(`medusa ${args.join(" ")} exited with ${code}\n${run.output().slice(-4000)}`)
  return run.output()
}
