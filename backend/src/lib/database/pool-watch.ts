type Pool = {
  on(event: "createSuccess" | "createFail", handler: (...args: unknown[]) => void): void
  acquireTimeoutMillis?: number
}
type Knex = { client?: { pool?: Pool }; raw: (sql: string) => PromiseLike<unknown> }

/**
 * Longest a query waits for a connection. Knex's 60 s (which Medusa's config cannot change) would hold a request
 * for a minute when PostgreSQL is gone and then fail it with a 500; after this the request gets a 503.
 */
export const ACQUIRE_TIMEOUT_MS = 5_000
/**
 * The same while a connect has just failed: no connection is coming, so waiting longer only delays the 503.
 * (Medusa's own /store middlewares query the database before any middleware of ours can refuse the request.)
 */
export const ACQUIRE_TIMEOUT_WHILE_DOWN_MS = 1_000

export type DatabaseAvailability = {
  isDown: () => boolean
  /** Down now, or back for less than `ms`. */
  wasDownWithin: (ms: number) => boolean
  /** Whether PostgreSQL answers `select 1` within `ms` (false on any failure). */
  answersWithin: (ms: number) => Promise<boolean>
}

const watched = new WeakMap<object, DatabaseAvailability>()

/**
 * Whether PostgreSQL is reachable, learnt from the connection pool itself: a failed connect marks it down, the next
 * successful one marks it up. While it is down one probe query stays queued in the pool, so the pool keeps trying
 * to connect (every 200 ms) and the first success ends the outage; no request has to wait for that. Also bounds how
 * long a query waits for a connection.
 */
export function watchDatabase(knex: Knex): DatabaseAvailability {
  const known = watched.get(knex)
  if (known) return known
  const pool = knex.client?.pool
  if (pool) pool.acquireTimeoutMillis = ACQUIRE_TIMEOUT_MS
  let down = false
  let backAt = Number.NEGATIVE_INFINITY
  let probing = false
  const probe = () => {
    if (probing) return
    probing = true
    Promise.resolve(knex.raw("select 1"))
      .catch(() => {})
      .finally(() => {
        probing = false
        if (down) setTimeout(probe, 1_000).unref()
      })
  }
  const mark = (isDown: boolean) => {
    if (down && !isDown) backAt = Date.now()
    down = isDown
    if (pool) pool.acquireTimeoutMillis = isDown ? ACQUIRE_TIMEOUT_WHILE_DOWN_MS : ACQUIRE_TIMEOUT_MS
  }
  pool?.on("createFail", () => {
    mark(true)
    probe()
  })
  pool?.on("createSuccess", () => mark(false))
  // Idle connections the server has closed still count as free until the pool tries them, so only a failed
  // connect says the database is gone.
  const availability = {
    isDown: () => down,
    wasDownWithin: (ms: number) => down || Date.now() - backAt < ms,
    answersWithin: (ms: number) =>
      new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), ms)
        timer.unref()
        Promise.resolve(knex.raw("select 1")).then(
          () => resolve(true),
          () => resolve(false),
        )
      }),
  }
  watched.set(knex, availability)
  return availability
}
