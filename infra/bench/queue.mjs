// The job queue's throughput: the project's queue runtime vs bare BullMQ with an empty handler, same Redis, same
// run (backend/src/scripts/bench/queue-throughput.ts does the measuring inside the backend's own code).
import { execFileSync } from "node:child_process"
import path from "node:path"

export function runQueueBench({ root, env, log }) {
  const backendDir = path.join(root, "backend")
  const medusa = path.join(root, "node_modules", "@medusajs", "cli", "cli.js")
  log("measuring the job queue: project runtime vs bare BullMQ (empty handler)")
  const out = execFileSync(
    "taskset",
    ["-c", "0", process.execPath, medusa, "exec", "./src/scripts/bench/queue-throughput.ts"],
    { cwd: backendDir, env: { ...process.env, ...env, MEDUSA_WORKER_MODE: "server" }, encoding: "utf8" },
  )
  const line = out.split("\n").find((text) => text.startsWith("BENCH_RESULT "))
  if (!line) throw new Error(`queue benchmark printed no result:\n${out.slice(-2000)}`)
  const measured = JSON.parse(line.slice("BENCH_RESULT ".length))
  return {
    benchmark: "queue-throughput",
    date: new Date().toISOString(),
    ...measured,
    goals: { end_to_end_at_least_20_percent_of_bare: measured.usra_vs_bare_ratio.end_to_end >= 0.2 },
  }
}
