import { Client } from "pg"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { ACQUIRE_TIMEOUT_MS } from "../../src/lib/database/pool-watch"
import type { MedusaProcess } from "../support/medusa-process"
import { freePort } from "../support/ports"
import { type PostgresServer, postgresServer } from "../support/postgres-server"
import { type RedisServer, redisServer } from "../support/redis-server"
import { freshMedusa } from "../support/seeded-medusa"
import { type LoadAnswer, type LoadRequest, steadyLoad } from "../support/steady-load"
import { waitFor } from "../support/wait-for"

const OUTAGE_MS = 8_000
/** From PostgreSQL accepting connections again to every route answering 200 again. */
const RECOVERY_BOUND_MS = 15_000
const ARABIC = /[\u0600-\u06FF]/
const STACK_TRACE = /\n\s+at |node_modules|\.ts:\d+/

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** An answer a client can act on while the database is away: 503, when to come back, what happened in both languages. */
function expectCleanRefusal(answer: LoadAnswer) {
  const where = `${answer.name} #${answer.sequence} at ${answer.sentAt.toFixed(0)} ms: ${answer.status} ${answer.body.slice(0, 300)}`
  expect(answer.status, where).toBe(503)
  expect(answer.body, where).not.toMatch(STACK_TRACE)
  const body = JSON.parse(answer.body) as { message?: string; message_ar?: string; status?: string }
  if (answer.name === "ready") {
    expect(body, where).toMatchObject({ status: "unavailable", checks: { database: "down" } })
    return
  }
  expect(answer.retryAfter, where).toMatch(/^\d+$/)
  expect(body.message, where).toMatch(/database/i)
  expect(body.message_ar, where).toMatch(ARABIC)
}

describe("PostgreSQL restarted under steady load", () => {
  let postgres: PostgresServer
  let redis: RedisServer[] = []
  let server: MedusaProcess
  let publishableKey: string
  let databaseUrl: string

  beforeAll(async () => {
    const started = Date.now()
    postgres = await postgresServer(await freePort())
    await postgres.start()
    databaseUrl = postgres.url("usra_fault")

    // Redis of its own: this server's events and jobs must not reach the run's server, whose database is another.
    redis = [redisServer(await freePort()), redisServer(await freePort())]
    await Promise.all(redis.map((instance) => instance.start()))
    const port = String(await freePort())
    const fresh = await freshMedusa(postgres, "usra_fault", inject("freshDatabaseUrl"), {
      ...inject("serverEnv"),
      DATABASE_URL: databaseUrl,
      REDIS_URL: (redis[0] as RedisServer).url,
      QUEUE_REDIS_URL: (redis[1] as RedisServer).url,
      QUEUE_PREFIX: "pgfault",
      PORT: port,
      BACKEND_URL: `http://localhost:${port}`,
    })
    server = fresh.server
    publishableKey = fresh.publishableKey
    console.log(`[faults] private PostgreSQL ${fresh.how} and served in ${Date.now() - started} ms`)
  }, 240_000)

  afterAll(async () => {
    await server?.stop("SIGKILL")
    await Promise.all(redis.map((instance) => instance.stop().catch(() => {})))
    await postgres?.destroy()
  })

  it("answers 503 while it is down and 200 again once it is back, without a restart, writing nothing by halves", async () => {
    const store = { "x-publishable-api-key": publishableKey }
    const read = async <T>(path: string): Promise<T> =>
      (await (await fetch(`${server.url}${path}`, { headers: store })).json()) as T
    const { regions } = await read<{ regions: { id: string; currency_code: string }[] }>("/store/regions")
    const region = regions.find((candidate) => candidate.currency_code === "jod")
    const { products } = await read<{ products: { variants: { id: string }[] }[] }>(
      "/store/products?limit=1&fields=id,*variants",
    )
    const variantId = products[0]?.variants[0]?.id
    expect(region?.id).toBeDefined()
    expect(variantId).toBeDefined()

    const requests: LoadRequest[] = [
      { name: "health", path: "/health" },
      { name: "ready", path: "/ready" },
      { name: "catalog", path: `/store/catalog?region_id=${region?.id}&limit=12`, headers: store, loops: 2 },
      { name: "products", path: "/store/products?limit=12", headers: store, loops: 2 },
      {
        name: "cart",
        path: "/store/carts",
        method: "POST",
        headers: store,
        loops: 2,
        body: (sequence) => ({
          region_id: region?.id,
          items: [{ variant_id: variantId, quantity: 1 }],
          metadata: { fault_load: sequence },
        }),
      },
    ]
    // Warm: the first cart of a fresh server takes seconds (workflows load), which is not what is measured here.
    for (const request of requests) {
      const response = await fetch(`${server.url}${request.path}`, {
        method: request.method ?? "GET",
        headers: { ...request.headers, "content-type": "application/json" },
        body: request.body ? JSON.stringify(request.body(-1)) : undefined,
      })
      expect(response.status, `${request.name}: ${await response.text()}`).toBe(200)
    }
    const load = steadyLoad(server.url, requests)

    let recoveredIn = Number.NaN
    let passed = false
    try {
      await sleep(3_000)
      const downAt = load.now()
      await postgres.stop()
      const stoppedAt = load.now()
      // The loops' requests are nearly always in flight, so one caught mid-transaction by the stop may straddle
      // the whole outage: fresh requests, sent once the pool has seen the database gone, show how it is refused.
      await sleep(1_500)
      const probes = await Promise.all(["catalog", "products", "cart"].map((name) => load.probe(name)))
      await sleep(Math.max(0, OUTAGE_MS - (load.now() - stoppedAt)))
      await postgres.start()
      const upAt = load.now()
      // Every route has answered 200 to a request sent after PostgreSQL came back.
      await waitFor(
        () =>
          ["health", "ready", "catalog", "products", "cart"].every((name) =>
            load.answers.some(
              (answer) => answer.name === name && answer.sentAt > upAt && answer.status === 200,
            ),
          ),
        { timeoutMs: RECOVERY_BOUND_MS, intervalMs: 100, what: "every route to answer 200 again" },
      )
      recoveredIn = load.now() - upAt
      const recoveredAt = load.now()
      await sleep(3_000)
      await load.stop()

      const answers = load.answers
      const during = answers.filter(
        (answer) => answer.sentAt > stoppedAt + 500 && answer.sentAt + answer.ms < upAt,
      )
      console.log(
        `[faults] ${answers.length} requests; PostgreSQL down ${(upAt - downAt).toFixed(0)} ms; all routes 200 again ${recoveredIn.toFixed(0)} ms after it was back; ` +
          `while down: ${summary(during)}; slowest answer ${Math.max(...answers.map((answer) => answer.ms)).toFixed(0)} ms`,
      )

      expect(answers.filter((answer) => answer.sentAt + answer.ms < downAt && answer.status !== 200)).toEqual(
        [],
      )
      for (const answer of answers) {
        if (answer.status === 200 || answer.name === "health") continue
        expectCleanRefusal(answer)
      }
      expect(answers.filter((answer) => answer.name === "health" && answer.status !== 200)).toEqual([])
      expect(during.some((answer) => answer.name === "ready" && answer.status === 503)).toBe(true)
      for (const probe of probes) {
        // The catalogue may still answer a page it has in Redis; everything else needs the database.
        const fine = probe.name === "catalog" ? [200, 503] : [503]
        expect(fine, `${probe.name} while down: ${probe.status} ${probe.body.slice(0, 200)}`).toContain(
          probe.status,
        )
        // Refused at once (the pool's wait for a connection is 1 s while the database is down), not held.
        expect(probe.ms, `${probe.name} answered in`).toBeLessThan(ACQUIRE_TIMEOUT_MS)
      }
      // No request is held until knex's 60 s: the wait for a connection is bounded (5 s, 1 s while it is down).
      expect(Math.max(...answers.map((answer) => answer.ms))).toBeLessThan(OUTAGE_MS + ACQUIRE_TIMEOUT_MS)
      expect(
        answers.filter((answer) => answer.sentAt > recoveredAt && answer.status !== 200),
        "every answer after recovery",
      ).toEqual([])
      expect(server.child.exitCode, "the same server process throughout").toBeNull()

      await expectCartsWhole(databaseUrl, answers)
      passed = true
    } finally {
      await load.stop()
      if (!passed) {
        const timeline = load.answers.map(
          (a) => `${a.name} ${a.sentAt.toFixed(0)}+${a.ms.toFixed(0)} ${a.status}`,
        )
        console.log(
          `[faults] answers:\n${timeline.join("\n")}\n--- server ---\n${server.output().slice(-8000)}`,
        )
      }
    }
  }, 150_000)
})

function summary(answers: LoadAnswer[]): string {
  const counts = new Map<string, number>()
  for (const answer of answers) {
    const key = `${answer.name} ${answer.status}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts].map(([key, count]) => `${key} x${count}`).join(", ")
}

/** Every cart the load was told about exists with its item; no cart of the load exists without its item. */
async function expectCartsWhole(databaseUrl: string, answers: LoadAnswer[]) {
  const created = answers
    .filter((answer) => answer.name === "cart" && answer.status === 200)
    .map((answer) => (JSON.parse(answer.body) as { cart: { id: string } }).cart.id)
  expect(created.length).toBeGreaterThan(0)
  const db = new Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    const { rows } = await db.query(
      `select c.id, count(li.id)::int as items
         from cart c left join cart_line_item li on li.cart_id = c.id and li.deleted_at is null
        where c.deleted_at is null and c.metadata ? 'fault_load'
        group by c.id`,
    )
    const stored = new Map(rows.map((row) => [row.id as string, row.items as number]))
    for (const id of created) expect(stored.get(id), `cart ${id} answered 200`).toBe(1)
    expect(
      rows.filter((row) => row.items !== 1),
      "carts without their item",
    ).toEqual([])
  } finally {
    await db.end()
  }
}
