#!/usr/bin/env node
// The ministry console for end-to-end tests: the shared e2e stack (infra/e2e/stack.mjs) with a return window of
// seconds, the built console served as static files, and the fixtures (an order waiting at the hub, a payout batch
// to approve). `startStack()` is used by the e2e global setup; `node e2e/stack.mjs` runs it by hand until Ctrl-C
// (add --no-build to reuse admin/dist).
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs"
import http from "node:http"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { runUntilInterrupted, startAppStack } from "../../infra/e2e/stack.mjs"
import { makeFixtures } from "./fixtures.mjs"

const adminDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
const vite = path.resolve(adminDir, "..", "node_modules", "vite", "bin", "vite.js")

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
}

/**
 * The built console: files from dist/, index.html for every other path (client-side routes), with the security
 * headers the build wrote for its API (the Content-Security-Policy that vite preview and nginx send too).
 */
function serveConsole(dir, port) {
  const headers = JSON.parse(readFileSync(path.join(dir, "security-headers.json"), "utf8"))
  const server = http.createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    const url = new URL(req.url ?? "/", "http://localhost")
    let file = path.join(dir, path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ""))
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory())
      file = path.join(dir, "index.html")
    res.setHeader("content-type", TYPES[path.extname(file)] ?? "application/octet-stream")
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)))
}

/** @type {import("../../infra/e2e/stack.mjs").App} */
const ministryConsole = {
  name: "console",
  dir: adminDir,
  databasePrefix: "usra_console_e2e",
  queuePrefix: "console",
  firstPorts: { backend: 19100, app: 17100 },
  backendEnv: {
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? "warn",
    // Seconds instead of days, so the fixtures carry an order to a payout.
    RETURN_WINDOW_DAYS: "0.00002",
  },
  build: ({ backendUrl }) => ({
    command: process.execPath,
    args: [vite, "build", "--logLevel", "warn"],
    env: { VITE_MEDUSA_BACKEND_URL: backendUrl },
  }),
  async serve({ appPort, onStop }) {
    const server = await serveConsole(path.join(adminDir, "dist"), appPort)
    onStop(() => new Promise((resolve) => server.close(() => resolve())))
  },
  afterStart: async ({ backendUrl, publishableKey, log }) => ({
    fixtures: await makeFixtures({ backendUrl, publishableKey, log }),
  }),
}

/** Starts everything; returns the URLs, the fixtures and stop(), which undoes all of it. */
export async function startStack(options) {
  const { appUrl, ...stack } = await startAppStack(ministryConsole, options)
  return { ...stack, consoleUrl: appUrl }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await runUntilInterrupted(startStack, (stack) =>
    [
      "",
      `E2E_CONSOLE_URL=${stack.consoleUrl} E2E_BACKEND_URL=${stack.backendUrl} E2E_DATABASE_URL=${stack.databaseUrl}`,
      `E2E_FIXTURES='${JSON.stringify(stack.fixtures)}'`,
      "",
    ].join("\n"),
  )
}
