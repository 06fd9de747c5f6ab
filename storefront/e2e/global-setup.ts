import type { TestProject } from "vitest/node"
// @ts-expect-error: a plain ESM script, shared with `node e2e/stack.mjs`.
import { startStack } from "./stack.mjs"

declare module "vitest" {
  export interface ProvidedContext {
    storefrontUrl: string
    backendUrl: string
    publishableKey: string
  }
}

type Stack = { storefrontUrl: string; backendUrl: string; publishableKey: string; stop: () => Promise<void> }

export default async function setup(project: TestProject) {
  // Against a stack that is already running (`node e2e/stack.mjs`), for quick iterations.
  if (process.env.E2E_STOREFRONT_URL) {
    project.provide("storefrontUrl", process.env.E2E_STOREFRONT_URL)
    project.provide("backendUrl", process.env.E2E_BACKEND_URL ?? "")
    project.provide("publishableKey", process.env.E2E_PUBLISHABLE_KEY ?? "")
    return
  }
  const stack = (await startStack({ build: process.env.E2E_SKIP_BUILD !== "1" })) as Stack
  project.provide("storefrontUrl", stack.storefrontUrl)
  project.provide("backendUrl", stack.backendUrl)
  project.provide("publishableKey", stack.publishableKey)
  return () => stack.stop()
}
