import { EventEmitter } from "node:events"
import { describe, expect, it } from "vitest"
import { ACQUIRE_TIMEOUT_MS, ACQUIRE_TIMEOUT_WHILE_DOWN_MS, watchDatabase } from "../pool-watch"

/** A knex instance whose pool is an event emitter, and whose probe query waits until the test lets it go. */
function fakeKnex() {
  const pool = Object.assign(new EventEmitter(), { acquireTimeoutMillis: 60_000 })
  const probes: (() => void)[] = []
  const raw = () => new Promise<void>((resolve) => probes.push(resolve))
  return { knex: { client: { pool }, raw }, pool, probes }
}

describe("watchDatabase", () => {
  it("is down from a failed connect to the next successful one, with one probe keeping the pool trying", () => {
    const { knex, pool, probes } = fakeKnex()
    const database = watchDatabase(knex)
    expect(watchDatabase(knex)).toBe(database)
    expect(pool.acquireTimeoutMillis).toBe(ACQUIRE_TIMEOUT_MS)
    expect(database.isDown()).toBe(false)
    expect(database.wasDownWithin(30_000)).toBe(false)

    pool.emit("createFail", 1, new Error("connect ECONNREFUSED"))
    pool.emit("createFail", 2, new Error("connect ECONNREFUSED"))
    expect(database.isDown()).toBe(true)
    expect(pool.acquireTimeoutMillis).toBe(ACQUIRE_TIMEOUT_WHILE_DOWN_MS)
    expect(probes).toHaveLength(1)

    pool.emit("createSuccess", 3, {})
    expect(database.isDown()).toBe(false)
    expect(database.wasDownWithin(30_000)).toBe(true)
    expect(database.wasDownWithin(0)).toBe(false)
    expect(pool.acquireTimeoutMillis).toBe(ACQUIRE_TIMEOUT_MS)
    for (const release of probes) release()
  })

  it("tells whether PostgreSQL answers a query in time: slow or failing counts as not answering", async () => {
    const pool = Object.assign(new EventEmitter(), { acquireTimeoutMillis: 60_000 })
    let answer: () => Promise<unknown> = () => Promise.resolve([{ "?column?": 1 }])
    const database = watchDatabase({ client: { pool }, raw: () => answer() })
    expect(await database.answersWithin(1_000)).toBe(true)
    answer = () => Promise.reject(new Error("Connection terminated unexpectedly"))
    expect(await database.answersWithin(1_000)).toBe(false)
    answer = () => new Promise(() => {})
    const started = Date.now()
    expect(await database.answersWithin(50)).toBe(false)
    expect(Date.now() - started).toBeLessThan(1_000)
  })
})
