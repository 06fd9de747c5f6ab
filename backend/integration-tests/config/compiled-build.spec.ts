import { existsSync } from "node:fs"
import path from "node:path"
import { afterAll, describe, expect, inject, it } from "vitest"
import { withDb } from "../support/context"
import { BACKEND_DIR, type MedusaProcess, medusaCommand, startMedusa } from "../support/medusa-process"
import { freePort } from "../support/ports"

const COMPILED_DIR = path.join(BACKEND_DIR, ".medusa", "server")
const strong = (letter: string) => letter.repeat(48)

/**
 * What the backend image runs (infra/docker/Dockerfile): `medusa build`, then `medusa start` in .medusa/server, in
 * production. Slow by nature (about a minute here: the build type-checks and compiles everything, then a server
 * boots), so it builds once and asks the one server everything.
 */
describe("the compiled build", () => {
  let server: MedusaProcess | undefined
  const env = inject("serverEnv")
  const timings: Record<string, number> = {}

  afterAll(async () => {
    await server?.stop()
    console.log(`[compiled build] ${JSON.stringify(timings)}`)
  })

  it("builds without a type error", async () => {
    const started = Date.now()
    // Throws with the output when the build exits non-zero (a type error does that, after writing the files).
    const output = await medusaCommand(["build"], { ...env, LOG_LEVEL: "info" })
    timings.build_ms = Date.now() - started
    expect(output).toMatch(/Backend build completed successfully/)
    expect(existsSync(path.join(COMPILED_DIR, "medusa-config.js"))).toBe(true)
  }, 300_000)

  it("starts in production from .medusa/server and answers /health", async () => {
    const started = Date.now()
    server = await startMedusa(
      {
        ...env,
        NODE_ENV: "production",
        PORT: String(await freePort()),
        // HTTP only: the run's own server keeps consuming the events and jobs.
        MEDUSA_WORKER_MODE: "server",
        JWT_SECRET: strong("j"),
        COOKIE_SECRET: strong("c"),
        NATIONAL_ID_HASH_KEY: strong("n"),
      },
      120_000,
      COMPILED_DIR,
    )
    timings.start_to_health_ms = Date.now() - started
    const health = await fetch(`${server.url}/health`)
    expect(health.status).toBe(200)
  }, 180_000)

  it("serves a route from a folder named *.pdf: a family's income statement, and 400 naming a bad year", async () => {
    const base = server?.url
    expect(base, "the compiled server").toBeDefined()
    const login = await fetch(`${base}/auth/user/emailpass`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: env.USRA_ADMIN_EMAIL, password: env.USRA_ADMIN_PASSWORD }),
    })
    expect(login.status).toBe(200)
    const headers = { authorization: `Bearer ${((await login.json()) as { token: string }).token}` }
    const familyId = await withDb(
      async (db) =>
        (await db.query("select id from family where status = 'approved' order by handle limit 1")).rows[0]
          .id as string,
    )
    const url = `${base}/admin/families/${familyId}/income-statement.pdf`

    const pdf = await fetch(`${url}?year=2026`, { headers })
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get("content-type")).toMatch(/application\/pdf/)
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-")

    const bad = await fetch(`${url}?year=1999`, { headers })
    expect(bad.status).toBe(400)
    expect(String(((await bad.json()) as { message: string }).message)).toContain("year")
    expect((await fetch(`${url}?year=2026`)).status).toBe(401)
  })
})
