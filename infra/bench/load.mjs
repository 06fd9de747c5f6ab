#!/usr/bin/env node
// One autocannon run, printed as JSON on stdout. Run under `taskset` so the load generator has its own core.
// usage: node load.mjs <url> <connections> <seconds> [header=value ...]
import autocannon from "autocannon"

const [url, connections = "10", seconds = "20", ...headerArgs] = process.argv.slice(2)
const headers = Object.fromEntries(headerArgs.map((pair) => pair.split(/=(.*)/s).slice(0, 2)))

const result = await autocannon({ url, connections: Number(connections), duration: Number(seconds), headers })
console.log(
  JSON.stringify({
    url,
    connections: Number(connections),
    seconds: Number(seconds),
    requests: result.requests.total,
    req_per_s: result.requests.average,
    latency_ms: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    bytes_per_response: result.requests.total
      ? Math.round(result.throughput.total / result.requests.total)
      : 0,
    errors: result.errors,
    timeouts: result.timeouts,
    non_2xx: result.non2xx,
  }),
)
