import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { Queue } from "bullmq"
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest"
import { insertPayoutFixtures } from "../../src/scripts/bench/payout-fixtures"
import { withDb } from "../support/context"
import type { MedusaProcess } from "../support/medusa-process"
import { freePort } from "../support/ports"
import { rawQueue } from "../support/queue"
import { redisServer } from "../support/redis-server"
import { onboardedConnectAccounts } from "../support/stripe-connect"
import { waitFor } from "../support/wait-for"
import { startWorker } from "../support/workers"

/** Higher than any balance other test files leave behind, so these runs pay only these fixtures. */
const BALANCE_FILS = 90_000_000
/** One family per transaction: a run of 1,000 families has 1,000 points at which a kill can land. */
const SLOW_RUN = { PAYOUT_RUN_CHUNK_SIZE: "1" }

async function createRun(label: string): Promise<string> {
  const id = `prun_${label}`
  await withDb((db) =>
    db.query(
      `insert into payout_run (id, key, status, trigger, threshold, created_by)
       values ($1, $2, 'pending', 'manual', $3, 'crash-test')`,
      [id, `crash-${label}`, BALANCE_FILS],
    ),
  )
  return id
}

const enqueueRun = (queue: Queue, runId: string) =>
  queue.add("run-payouts", { run_id: runId }, { jobId: `payout-run-${runId}`, attempts: 10, backoff: 100 })

const payoutCount = (runId: string) =>
  withDb(async (db) => {
    const { rows } = await db.query("select count(*)::int as n from payout where run_id = $1", [runId])
    return rows[0].n as number
  })

/** Every fixture family paid exactly once in the run, for exactly its balance, and left with nothing. */
async function expectPaidExactlyOnce(runId: string, familyIds: string[], totalFils: number) {
  const check = await withDb(async (db) => {
    const payouts = await db.query(
      `select count(*)::int as payouts, count(distinct family_id)::int as families, coalesce(sum(amount), 0)::bigint as total
         from payout where run_id = $1 and family_id = any($2)`,
      [runId, familyIds],
    )
    const ledger = await db.query(
      `select count(*) filter (where kind = 'payout')::int as payout_lines,
              count(*) filter (where balance <> 0)::int as unbalanced
         from (select family_id, kind, sum(amount) over (partition by family_id) as balance
                 from ledger_entry where family_id = any($1)) lines`,
      [familyIds],
    )
    return { ...payouts.rows[0], ...ledger.rows[0] }
  })
  expect(check.payouts).toBe(familyIds.length)
  expect(check.families).toBe(familyIds.length)
  expect(Number(check.total)).toBe(totalFils)
  expect(check.payout_lines).toBe(familyIds.length)
  expect(check.unbalanced).toBe(0)
}

describe("a payout run of 1,000 families whose worker is SIGKILLed five times", () => {
  const prefix = `${inject("queuePrefix")}k`
  const queue = rawQueue("payouts", prefix)
  const workers = new Set<MedusaProcess>()
  const started = async () => {
    const worker = await startWorker(prefix, SLOW_RUN)
    workers.add(worker)
    return worker
  }

  afterAll(async () => {
    await Promise.all([...workers].map((worker) => worker.stop("SIGKILL")))
    await queue.close()
  })

  it("pays every family exactly once, Stripe transfers included, and the ledger sums match", async () => {
    const stripeAccounts = await onboardedConnectAccounts(20)
    const fixtures = await withDb((db) =>
      insertPayoutFixtures(db, {
        label: "kill",
        count: 1_000,
        balanceFils: BALANCE_FILS,
        stripeAccountIds: stripeAccounts,
      }),
    )
    const runId = await createRun("kill")
    // Six workers, as replicas in production: each time the one holding the run dies, another takes the job over
    // once its lock lapses. (Started up front: a worker takes longer to boot than the run takes to finish.)
    const alive = await Promise.all(Array.from({ length: 6 }, () => started()))
    await enqueueRun(queue, runId)

    const kills: number[] = []
    for (const target of [100, 250, 400, 550, 700]) {
      await waitFor(async () => (await payoutCount(runId)) >= target, {
        timeoutMs: 120_000,
        intervalMs: 10,
        what: `${target} payouts`,
      })
      const job = await queue.getJob(`payout-run-${runId}`)
      const holder = alive.find((worker) => job?.processedBy === `worker-${new URL(worker.url).port}`)
      expect(holder, `the worker holding the run (${job?.processedBy})`).toBeDefined()
      await holder?.stop("SIGKILL")
      kills.push(await payoutCount(runId))
      alive.splice(alive.indexOf(holder as MedusaProcess), 1)
    }
    expect(kills.every((count) => count < 1_000)).toBe(true)

    await waitFor(
      async () =>
        withDb(async (db) => {
          const { rows } = await db.query("select status from payout_run where id = $1", [runId])
          return rows[0]?.status === "completed"
        }),
      { timeoutMs: 120_000, what: "the run to complete" },
    )
    await expectPaidExactlyOnce(runId, fixtures.familyIds, fixtures.totalFils)
    const transfers = await waitFor(
      async () =>
        withDb(async (db) => {
          const { rows } = await db.query(
            "select stripe_transfer_id from payout where run_id = $1 and rail = 'stripe_connect'",
            [runId],
          )
          return rows.every((row) => row.stripe_transfer_id) && rows
        }),
      { timeoutMs: 60_000, what: "the Stripe transfers" },
    )
    expect(transfers).toHaveLength(20)
    expect(new Set(transfers.map((row) => row.stripe_transfer_id)).size).toBe(20)
  }, 400_000)
})

describe("a worker receiving SIGTERM in the middle of a payout run", () => {
  const prefix = `${inject("queuePrefix")}t`
  const queue = rawQueue("payouts", prefix)
  let worker: MedusaProcess | undefined

  afterAll(async () => {
    await worker?.stop("SIGKILL")
    await queue.close()
  })

  it("finishes the run before it exits, with nothing left active or stalled", async () => {
    const fixtures = await withDb((db) =>
      insertPayoutFixtures(db, { label: "term", count: 300, balanceFils: BALANCE_FILS }),
    )
    const runId = await createRun("term")
    worker = await startWorker(prefix, SLOW_RUN)
    await enqueueRun(queue, runId)
    await waitFor(async () => (await payoutCount(runId)) >= 30, { intervalMs: 10, what: "the run under way" })
    const exitCode = await worker.stop("SIGTERM")
    expect(exitCode).toBe(0)
    expect(await queue.getJobState(`payout-run-${runId}`)).toBe("completed")
    expect(await queue.getActiveCount()).toBe(0)
    await expectPaidExactlyOnce(runId, fixtures.familyIds, fixtures.totalFils)
  }, 180_000)
})

describe("the queue's Redis dying in the middle of a payout run", () => {
  const aofDir = mkdtempSync(path.join(tmpdir(), "usra-queue-aof-"))
  let redis: ReturnType<typeof redisServer>
  let queue: Queue
  let worker: MedusaProcess | undefined

  beforeAll(async () => {
    redis = redisServer(await freePort(), { aofDir })
    await redis.start()
    queue = new Queue("payouts", {
      prefix: "restart",
      connection: { host: "127.0.0.1", port: redis.port, maxRetriesPerRequest: 1 },
    })
    queue.on("error", () => {})
  })

  afterAll(async () => {
    await worker?.stop("SIGKILL")
    await queue.close().catch(() => {})
    await redis.stop().catch(() => {})
    rmSync(aofDir, { recursive: true, force: true })
  })

  it("completes every job once Redis is back, and pays no family twice", async () => {
    const fixtures = await withDb((db) =>
      insertPayoutFixtures(db, { label: "redis", count: 300, balanceFils: BALANCE_FILS }),
    )
    const runId = await createRun("redis")
    worker = await startWorker("restart", { ...SLOW_RUN, QUEUE_REDIS_URL: redis.url })
    await enqueueRun(queue, runId)
    await waitFor(async () => (await payoutCount(runId)) >= 30, { intervalMs: 10, what: "the run under way" })

    await redis.kill()
    const paidWhileDown = await payoutCount(runId)
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    await redis.start()

    await waitFor(async () => (await queue.getJobState(`payout-run-${runId}`)) === "completed", {
      timeoutMs: 120_000,
      what: "the run's job to complete after Redis returned",
    })
    expect(paidWhileDown).toBeLessThan(300)
    await expectPaidExactlyOnce(runId, fixtures.familyIds, fixtures.totalFils)
    // The worker itself rode the outage out: it is still the same process.
    expect(worker.child.exitCode).toBeNull()
  }, 180_000)
})
