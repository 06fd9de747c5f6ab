#!/usr/bin/env node
// `npm test`: installs what is missing, provides PostgreSQL and Redis, then lint, typecheck and every test
// of every workspace (through turbo) and of infra/. Prints one closing line: "tests: N passed, N failed".
import { existsSync, readFileSync, rmSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { CHROMIUM_PATH } from "../e2e/chromium.mjs"
import { ensureDependencies } from "./deps.mjs"
import { failedTests } from "./failed-tests.mjs"
import { FLAKY_RESULTS } from "./flaky-reporter.mjs"
import { run } from "./run.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const log = (line) => console.log(`[test] ${line}`)
const RESULTS = ".vitest-results.json"
const FLAKY_REPORTER = path.join(root, "infra/dev/flaky-reporter.mjs")
// A test that fails is run once more: one that then passes counts as passed, and is named as flaky at the end.
const RETRIES = "--retry=1"
const WORKSPACES = [
  "packages/types",
  "packages/i18n",
  "packages/stripe-emulator",
  "packages/api-client",
  "packages/ui",
  "backend",
  "storefront",
  "admin",
  "infra/dev",
]

ensureDependencies(root)
const { ensureServices, findOnPath } = await import("./services.mjs")
if (!(await findOnPath("redis-server", process.env.PATH))) {
  // The backend suite starts private Redis servers, so it can take the queue's Redis down mid-test.
  console.error(
    "[test] redis-server is not installed: install it (Debian/Ubuntu: apt-get install redis-server)",
  )
  process.exit(1)
}

// The storefront's end-to-end tests drive Debian's Chromium (never a browser downloaded by a test tool).
if (!existsSync(CHROMIUM_PATH)) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0
  if (isRoot && (await findOnPath("apt-get", process.env.PATH))) {
    log("chromium is not installed: apt-get install -y chromium (for the storefront's browser tests)")
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" }
    const install = () =>
      run("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { cwd: root, env })
    // A fresh machine's package lists may be missing or old: update them once if the first try fails.
    const code =
      (await install()) === 0
        ? 0
        : (await run("apt-get", ["update"], { cwd: root, env })) || (await install())
    if (code !== 0 || !existsSync(CHROMIUM_PATH)) {
      console.error("[test] installing chromium failed: install it yourself (apt-get install chromium)")
      process.exit(1)
    }
  } else {
    console.error(
      `[test] ${CHROMIUM_PATH} is missing: install Chromium (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH`,
    )
    process.exit(1)
  }
}

const started = Date.now()
// The backend suite creates (and drops) a database of its own on this server.
const services = await ensureServices()
const env = { DATABASE_URL: services.databaseUrl, REDIS_URL: services.redisUrl }
const FLAKY_LISTS = [...WORKSPACES, "."].map((dir) => path.join(root, dir, FLAKY_RESULTS))
for (const dir of WORKSPACES) rmSync(path.join(root, dir, RESULTS), { force: true })
for (const file of FLAKY_LISTS) rmSync(file, { force: true })

const steps = [
  ["lint and format", "npx", ["biome", "check", "."]],
  ["typecheck", "npx", ["turbo", "run", "typecheck", "--output-logs=errors-only"]],
  [
    "workspace tests",
    "npx",
    [
      "turbo",
      "run",
      "test",
      "--concurrency=1",
      // One failing workspace must not keep the others from running: every result is counted.
      "--continue",
      "--",
      RETRIES,
      "--reporter=default",
      "--reporter=json",
      `--reporter=${FLAKY_REPORTER}`,
      `--outputFile.json=${RESULTS}`,
    ],
  ],
  [
    "infra tests",
    "npx",
    [
      "vitest",
      "run",
      "--config",
      "infra/dev/vitest.config.mjs",
      RETRIES,
      "--reporter=default",
      "--reporter=json",
      // Run from the root: its list of flaky tests is the root's .vitest-flaky.json.
      `--reporter=${FLAKY_REPORTER}`,
      `--outputFile.json=${path.join(root, "infra/dev", RESULTS)}`,
    ],
  ],
]

const failedSteps = []
try {
  for (const [name, command, args] of steps) {
    const stepStart = Date.now()
    log(`${name}…`)
    const code = await run(command, args, { cwd: root, env })
    log(
      `${name}: ${code === 0 ? "ok" : `FAILED (exit ${code})`} in ${Math.round((Date.now() - stepStart) / 1000)} s`,
    )
    if (code !== 0) failedSteps.push(name)
  }
} finally {
  await services.stop()
}

let passed = 0
let failed = 0
const failures = []
const flaky = []
for (const dir of WORKSPACES) {
  const file = path.join(root, dir, RESULTS)
  if (!existsSync(file)) {
    log(`no test results from ${dir}`)
    failedSteps.push(`${dir} results`)
    continue
  }
  const report = JSON.parse(readFileSync(file, "utf8"))
  log(`${dir}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`)
  passed += report.numPassedTests
  failed += report.numFailedTests
  failures.push(...failedTests(report, root))
}
for (const file of FLAKY_LISTS) {
  if (existsSync(file)) flaky.push(...JSON.parse(readFileSync(file, "utf8")))
}
// The closing lines are what a truncated CI log keeps: name every failed test there.
for (const test of flaky) {
  log(`FLAKY (passed on retry ${test.retries}) ${path.relative(root, test.file)} > ${test.name}`)
  const failure = test.failure
  if (failure)
    log(`  first attempt: ${failure.message}${failure.at ? ` (at ${path.relative(root, failure.at)})` : ""}`)
}
for (const line of failures) log(`FAILED ${line}`)
log(
  `finished in ${Math.round((Date.now() - started) / 1000)} s${failedSteps.length ? `; failed: ${failedSteps.join(", ")}` : ""}`,
)
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(failedSteps.length === 0 && failed === 0 && passed > 0 ? 0 : 1)
