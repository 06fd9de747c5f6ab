import { spawn } from "node:child_process"
import { once } from "node:events"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { freePort } from "../../dev/services.mjs"
import { cpuMs, inspectorSession, packageOf, summarizeProfiles } from "../cpu-profile.mjs"

const frame = (functionName, url = "", lineNumber = 0) => ({ functionName, url, lineNumber })

/** A profile whose samples are the given [node id, µs since the previous sample] pairs. */
const profileOf = (nodes, samples) => ({
  nodes: nodes.map(([id, callFrame]) => ({ id, callFrame })),
  samples: samples.map(([id]) => id),
  timeDeltas: samples.map(([, us]) => us),
})

describe("packageOf", () => {
  it("names the package under node_modules, scoped or not, Node's own, the project's, and V8's own", () => {
    expect(packageOf("file:///app/node_modules/@mikro-orm/core/EntityManager.js")).toBe("@mikro-orm/core")
    expect(packageOf("/app/node_modules/bullmq/node_modules/ioredis/built/Pipeline.js")).toBe("ioredis")
    expect(packageOf("/app/node_modules/knex/lib/runner.js")).toBe("knex")
    expect(packageOf("node:internal/async_hooks")).toBe("(node)")
    expect(packageOf("/app/backend/src/api/route.ts")).toBe("(project)")
    expect(packageOf("", "(garbage collector)")).toBe("(garbage collector)")
    expect(packageOf("", "writeUtf8String")).toBe("(native)")
  })
})

describe("summarizeProfiles", () => {
  it("sums self time per request by package and function, without idle time or each profile's first sample", () => {
    const nodes = [
      [1, frame("(root)")],
      [2, frame("(idle)")],
      [3, frame("find", "file:///app/node_modules/@mikro-orm/core/EntityManager.js", 9)],
      [4, frame("(garbage collector)")],
      [5, frame("route", "file:///app/backend/src/api/route.ts", 41)],
    ]
    const first = profileOf(nodes, [
      [5, 350_000], // from Profiler.start to the first tick: left out
      [3, 2_000],
      [3, 1_000],
      [2, 9_000], // idle: left out
      [4, 500],
    ])
    const second = profileOf(nodes, [
      [5, 80_000],
      [3, 1_000],
      [5, 1_500],
    ])
    const summary = summarizeProfiles([first, second])
    expect(summary.requests).toBe(2)
    expect(summary.cpu_ms).toBe(3) // (2 + 1 + 0.5 + 1 + 1.5) ms over 2 requests
    expect([cpuMs(first), cpuMs(second)]).toEqual([3.5, 2.5])
    expect(summary.cpu_ms_p50).toBe(2.5)
    expect(summary.cpu_ms_max).toBe(3.5)
    expect(summary.by_package).toEqual([
      { package: "@mikro-orm/core", ms: 2 },
      { package: "(project)", ms: 0.75 },
      { package: "(garbage collector)", ms: 0.25 },
    ])
    expect(summary.top_functions[0]).toEqual({
      function: "find @mikro-orm/core/EntityManager.js:10",
      ms: 2,
    })
    expect(summary.top_functions[1]).toEqual({ function: "route /app/backend/src/api/route.ts:42", ms: 0.75 })
  })

  it("keeps the busiest `top` entries", () => {
    const nodes = Array.from({ length: 6 }, (_, index) => [
      index + 1,
      frame(`f${index}`, `/app/node_modules/p${index}/index.js`),
    ])
    const profile = profileOf(nodes, [[1, 1], ...nodes.map(([id]) => [id, id * 1000])])
    const summary = summarizeProfiles([profile], { top: 2 })
    expect(summary.by_package.map((entry) => entry.package)).toEqual(["p5", "p4"])
    expect(summary.top_functions).toHaveLength(2)
  })
})

describe("inspectorSession", () => {
  let child
  let port

  beforeAll(async () => {
    port = await freePort(19_230)
    // A process busy in a function of a known name, half of every 10 ms.
    const script = `function burnCpu(until) { let x = 0; while (Date.now() < until) x += Math.sqrt(x + 1); return x }
setInterval(() => burnCpu(Date.now() + 5), 10)`
    child = spawn(process.execPath, [`--inspect=127.0.0.1:${port}`, "-e", script], { stdio: "pipe" })
    let output = ""
    child.stderr.on("data", (chunk) => {
      output += chunk
    })
    while (!output.includes("Debugger listening")) await once(child.stderr, "data")
  })
  afterAll(() => child?.kill())

  it("profiles the process between start and stop, and the summary finds its busy function", async () => {
    const session = await inspectorSession(port)
    try {
      await session.start()
      await new Promise((resolve) => setTimeout(resolve, 300))
      const profile = await session.stop()
      expect(profile.samples.length).toBeGreaterThan(100)
      const summary = summarizeProfiles([profile])
      expect(summary.cpu_ms).toBeGreaterThan(50)
      expect(summary.top_functions.map((entry) => entry.function.split(" ")[0])).toContain("burnCpu")
    } finally {
      session.close()
    }
  })

  it("fails plainly when nothing listens", async () => {
    const closed = await freePort(port + 1)
    await expect(inspectorSession(closed)).rejects.toThrow()
  })
})
