#!/usr/bin/env node
// The whole shop for end-to-end tests: the shared e2e stack (infra/e2e/stack.mjs) with the Stripe emulator and the
// built storefront server. `startStack()` is used by the e2e global setup; `node e2e/stack.mjs` runs it by hand
// until Ctrl-C (add --no-build to reuse storefront/build).
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { startService, waitForHttp } from "../../infra/dev/run.mjs"
import { runUntilInterrupted, startAppStack } from "../../infra/e2e/stack.mjs"

const storefrontDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")

/** @type {import("../../infra/e2e/stack.mjs").App} */
const storefront = {
  name: "storefront",
  dir: storefrontDir,
  databasePrefix: "usra_e2e",
  queuePrefix: "e2e",
  firstPorts: { backend: 19000, app: 13000 },
  stripe: true,
  backendEnv: {
    // Every request of a run comes from one address: raise the login and sign-up limits, as the backend's
    // own test suite does, so a run (or several against one stack) is never turned away.
    RATE_LIMIT_SCALE: "100",
  },
  build: () => ({ command: "npx", args: ["react-router", "build"], env: {} }),
  async serve({ appPort, appUrl, backendUrl, publishableKey, stripeUrl, onStop }) {
    const server = startService("[shop]   ", process.execPath, ["server.mjs"], {
      cwd: storefrontDir,
      env: {
        NODE_ENV: "production",
        PORT: String(appPort),
        MEDUSA_BACKEND_URL: backendUrl,
        MEDUSA_PUBLISHABLE_KEY: publishableKey,
        STRIPE_EMULATOR_URL: stripeUrl,
        STOREFRONT_INSECURE_COOKIES: "1",
        STOREFRONT_DEFAULT_COUNTRY: "us",
      },
    })
    onStop(() => server.stop())
    await waitForHttp(`${appUrl}/healthz`, { isAlive: () => server.child.exitCode === null })
  },
}

/** Starts everything; returns the URLs, the publishable key and stop(), which undoes all of it. */
export async function startStack(options) {
  const { appUrl, ...stack } = await startAppStack(storefront, options)
  return { ...stack, storefrontUrl: appUrl }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  await runUntilInterrupted(
    startStack,
    (stack) =>
      `\n  Shop: ${stack.storefrontUrl}/en   Backend: ${stack.backendUrl}   Key: ${stack.publishableKey}\n`,
  )
}
