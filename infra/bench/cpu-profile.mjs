// Where a server's CPU time goes during chosen requests: V8's sampling profiler, driven over the inspector protocol
// of a process started with --inspect, and a summary of its samples by package and by function.
import WebSocket from "ws"

const SAMPLING_INTERVAL_US = 200

/** Connects to the inspector of the process listening on `port` (its --inspect port); returns start/stop/close. */
export async function inspectorSession(port, { host = "127.0.0.1" } = {}) {
  const targets = await (await fetch(`http://${host}:${port}/json/list`)).json()
  const target = targets.find((candidate) => candidate.webSocketDebuggerUrl)
  if (!target) throw new Error(`No inspector target on ${host}:${port}`)
  const socket = new WebSocket(target.webSocketDebuggerUrl)
  await new Promise((resolve, reject) => {
    socket.once("open", resolve)
    socket.once("error", reject)
  })
  let next = 0
  const pending = new Map()
  socket.on("message", (data) => {
    const message = JSON.parse(String(data))
    const waiting = pending.get(message.id)
    if (!waiting) return
    pending.delete(message.id)
    if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`))
    else waiting.resolve(message.result)
  })
  socket.on("close", () => {
    for (const waiting of pending.values()) waiting.reject(new Error("The inspector closed the connection"))
    pending.clear()
  })
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = ++next
      pending.set(id, { method, resolve, reject })
      socket.send(JSON.stringify({ id, method, params }))
    })
  await send("Profiler.enable")
  await send("Profiler.setSamplingInterval", { interval: SAMPLING_INTERVAL_US })
  return {
    start: () => send("Profiler.start"),
    /** The profile since start(), in V8's .cpuprofile shape (Chrome DevTools opens it). */
    stop: async () => (await send("Profiler.stop")).profile,
    close: () => socket.close(),
  }
}

/**
 * The package a frame's script belongs to (`@scope/name` or `name` under node_modules), Node's own, or the
 * project's; frames without a script are V8's own: "(garbage collector)", "(program)" (the VM outside JavaScript).
 */
export function packageOf(url, functionName = "") {
  if (!url) return functionName.startsWith("(") ? functionName : "(native)"
  // The last node_modules in the path: a package nested in another's is the one running.
  const module = url.match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)/)
  if (module) return module[1]
  if (url.startsWith("node:")) return "(node)"
  return "(project)"
}

const IDLE = new Set(["(idle)"])

const round = (ms) => Math.round(ms * 100) / 100

/**
 * A profile's samples that count as CPU time, each with its frame and ms: idle ones are left out, and so is the
 * first, which carries the time from Profiler.start to the first tick.
 */
function* cpuSamples(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  for (let index = 1; index < profile.samples.length; index++) {
    const frame = nodes.get(profile.samples[index])?.callFrame
    if (!frame || IDLE.has(frame.functionName)) continue
    yield { frame, ms: (profile.timeDeltas[index] ?? 0) / 1000 }
  }
}

/** One profile's CPU time in ms. */
export function cpuMs(profile) {
  let ms = 0
  for (const sample of cpuSamples(profile)) ms += sample.ms
  return ms
}

/**
 * Self time of a list of profiles of the same request, per request: in all, by package and by function, largest
 * first; and the median and busiest request's CPU time.
 */
export function summarizeProfiles(profiles, { top = 15 } = {}) {
  const byPackage = new Map()
  const byFunction = new Map()
  const each = []
  for (const profile of profiles) {
    let profileMs = 0
    for (const { frame, ms } of cpuSamples(profile)) {
      const pkg = packageOf(frame.url, frame.functionName)
      const where = frame.url ? frame.url.replace(/^.*node_modules\//, "").replace(/^file:\/\//, "") : ""
      const name = `${frame.functionName || "(anonymous)"}${where ? ` ${where}:${frame.lineNumber + 1}` : ""}`
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms)
      byFunction.set(name, (byFunction.get(name) ?? 0) + ms)
      profileMs += ms
    }
    each.push(profileMs)
  }
  each.sort((a, b) => a - b)
  const total = each.reduce((sum, ms) => sum + ms, 0)
  const requests = profiles.length
  const perRequest = (ms) => round(ms / Math.max(requests, 1))
  const ranked = (map, key) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ [key]: name, ms: perRequest(ms) }))
  return {
    requests,
    cpu_ms: perRequest(total),
    // One slow request (a major collection, a cold path) moves the mean: the median and the worst tell it apart.
    cpu_ms_p50: round(each[Math.floor((each.length - 1) / 2)] ?? 0),
    cpu_ms_max: round(each.at(-1) ?? 0),
    by_package: ranked(byPackage, "package"),
    top_functions: ranked(byFunction, "function"),
  }
}
