#!/usr/bin/env node
// One autocannon run, printed as JSON on stdout. Run under `taskset` so the load generator has its own core.
// usage: node load.mjs <url> <connections> <seconds> [header=value ...]
// A "[n]" in the URL becomes 1, 2, 3... per request (every request a different URL, e.g. to defeat a cache).
// BENCH_TIMEOUT_SECONDS (default 60: Medusa's /store/products takes seconds at 10k products) is how long a request
// may take before it counts as a timeout.
import autocannon from "autocannon"

const [url, connections = "10", seconds = "20", ...headerArgs] = process.argv.slice(2)
const headers = Object.fromEntries(headerArgs.map((pair) => pair.split(/=(.*)/s).slice(0, 2)))
let counter = 0
const requests = url.includes("[n]")
  ? [
      {
        setupRequest: (request) => {
          counter += 1
          return {
            ...request,
            path: request.path
              .replace(encodeURIComponent("[n]"), String(counter))
              .replace("[n]", String(counter)),
          }
        },
      },
    ]
  : undefined

const result = await autocannon({
  url,
  connections: Number(connections),
  duration: Number(seconds),
  headers,
  timeout: Number(process.env.BENCH_TIMEOUT_SECONDS ?? 60),
  ...(requests ? { requests } : {}),
})
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
