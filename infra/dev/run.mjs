// Small process helpers shared by start.mjs and test.mjs.
import { spawn } from "node:child_process"

export function prefixLines(stream, label, out) {
  let pending = ""
  stream.on("data", (chunk) => {
    pending += chunk
    const lines = pending.split("\n")
    pending = lines.pop() ?? ""
    for (const line of lines) out.write(`${label} ${line}\n`)
  })
}

/** Runs a command to completion with inherited output; resolves with its exit code. */
export function run(command, args, { cwd, env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: "inherit" })
    child.on("error", reject)
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/** Runs a command and throws when it fails. */
export async function runOrThrow(command, args, options) {
  const code = await run(command, args, options)
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with code ${code}`)
}

/** Starts a long-running service in its own process group, its output prefixed with a label. */
export function startService(label, command, args, { cwd, env }) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  prefixLines(child.stdout, label, process.stdout)
  prefixLines(child.stderr, label, process.stderr)
  const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)))
  return {
    label,
    child,
    exited,
    async stop(timeoutMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return
      try {
        process.kill(-child.pid, "SIGTERM")
      } catch {
        return
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid, "SIGKILL")
        } catch {}
      }, timeoutMs)
      await exited
      clearTimeout(timer)
    },
  }
}

export async function waitForHttp(url, { timeoutMs = 180_000, isAlive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`the process serving ${url} exited`)
    const ok = await fetch(url)
      .then((response) => response.ok)
      .catch(() => false)
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}
