import { describe, expect, inject, it } from "vitest"
import { runMedusa } from "../support/medusa-process"
import { freePort } from "../support/ports"

async function bootInProduction(overrides: Record<string, string>) {
  const env = { ...inject("serverEnv"), NODE_ENV: "production", PORT: String(await freePort()) }
  for (const name of ["JWT_SECRET", "COOKIE_SECRET", "STRIPE_WEBHOOK_SECRET"])
    delete (env as Record<string, string>)[name]
  const server = runMedusa(["start"], { ...env, ...overrides })
  const exitCode = await Promise.race([
    server.exited,
    new Promise((resolve) => setTimeout(() => resolve("running"), 60_000)),
  ])
  await server.stop("SIGKILL")
  return { exitCode, output: server.output() }
}

const strong = "x".repeat(48)

describe("booting in production", () => {
  it("refuses Medusa's default secrets and a missing webhook secret, naming each variable", async () => {
    const { exitCode, output } = await bootInProduction({ JWT_SECRET: "", COOKIE_SECRET: "supersecret" })
    expect(exitCode).not.toBe(0)
    expect(exitCode).not.toBe("running")
    expect(output).toContain("Refusing to start in production")
    expect(output).toMatch(/JWT_SECRET is Medusa's default/)
    expect(output).toMatch(/COOKIE_SECRET is Medusa's default/)
    expect(output).toMatch(/set STRIPE_WEBHOOK_SECRET/)
  })

  it("refuses a missing Stripe webhook secret even with strong secrets", async () => {
    const { exitCode, output } = await bootInProduction({ JWT_SECRET: strong, COOKIE_SECRET: strong })
    expect(exitCode).not.toBe(0)
    expect(output).toMatch(/STRIPE_WEBHOOK_SECRET is missing/)
    expect(output).not.toMatch(/JWT_SECRET is/)
  })
})
