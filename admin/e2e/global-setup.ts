import type { TestProject } from "vitest/node"
// @ts-expect-error: a plain ESM script, shared with `node e2e/stack.mjs`.
import { startStack } from "./stack.mjs"

export type Fixtures = {
  consignmentCode: string
  consignmentId: string
  shipmentId: string
  batchId: string
  familyId: string
  publishableKey: string
  review: { id: string; productId: string; text: string }
}

declare module "vitest" {
  export interface ProvidedContext {
    consoleUrl: string
    backendUrl: string
    databaseUrl: string
    fixtures: Fixtures
  }
}

type Stack = {
  consoleUrl: string
  backendUrl: string
  databaseUrl: string
  fixtures: Fixtures
  stop: () => Promise<void>
}

export default async function setup(project: TestProject) {
  // Against a stack that is already running (`node e2e/stack.mjs` prints these), for quick iterations.
  if (process.env.E2E_CONSOLE_URL) {
    project.provide("consoleUrl", process.env.E2E_CONSOLE_URL)
    project.provide("backendUrl", process.env.E2E_BACKEND_URL ?? "")
    project.provide("databaseUrl", process.env.E2E_DATABASE_URL ?? "")
    project.provide("fixtures", JSON.parse(process.env.E2E_FIXTURES ?? "{}") as Fixtures)
    return
  }
  const stack = (await startStack({ build: process.env.E2E_SKIP_BUILD !== "1" })) as Stack
  project.provide("consoleUrl", stack.consoleUrl)
  project.provide("backendUrl", stack.backendUrl)
  project.provide("databaseUrl", stack.databaseUrl)
  project.provide("fixtures", stack.fixtures)
  return () => stack.stop()
}
