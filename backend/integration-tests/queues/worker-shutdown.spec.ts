import { afterAll, describe, expect, inject, it } from "vitest"
import { withDb } from "../support/context"
import { type MedusaProcess, startMedusa } from "../support/medusa-process"
import { freePort } from "../support/ports"
import { rawQueue } from "../support/queue"
import { smtpSink } from "../support/smtp-sink"
import { waitFor } from "../support/wait-for"

describe("a worker process receiving SIGTERM in the middle of a job", () => {
  const prefix = `${inject("queuePrefix")}w`
  const queue = rawQueue("notifications", prefix)
  const sink = smtpSink({ delayMs: 3_000 })
  let worker: MedusaProcess | undefined

  afterAll(async () => {
    await worker?.stop("SIGKILL")
    await sink.close()
    await queue.close()
  })

  it("finishes the job, then exits cleanly with nothing left active or stalled", async () => {
    const smtpPort = await freePort()
    await sink.listen(smtpPort)
    // /health answers once the application has started, and workers start with it.
    worker = await startMedusa({
      ...inject("serverEnv"),
      MEDUSA_WORKER_MODE: "worker",
      PORT: String(await freePort()),
      QUEUE_PREFIX: prefix,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    })
    const running = worker

    const key = "sigterm-1"
    await queue.add(
      "send",
      {
        template: "welcome",
        to: { email: "slow@example.jo" },
        params: { name: "Rania" },
        idempotency_key: key,
      },
      { jobId: `notification-${key}` },
    )
    // The sink holds its reply to DATA for 3 s: the job is in flight when the signal arrives.
    await waitFor(async () => (await queue.getJobState(`notification-${key}`)) === "active", {
      what: "job active",
    })
    await waitFor(() => sink.connections > 0, { what: "the SMTP connection" })
    const signalledAt = Date.now()
    const exitCode = await running.stop("SIGTERM")

    expect(exitCode).toBe(0)
    expect(Date.now() - signalledAt).toBeGreaterThan(1_000)
    expect(sink.received).toHaveLength(1)
    expect(await queue.getJobState(`notification-${key}`)).toBe("completed")
    expect(await queue.getActiveCount()).toBe(0)
    const status = await withDb(async (db) => {
      const { rows } = await db.query("select status from notification_outbox where idempotency_key = $1", [
        key,
      ])
      return rows[0]?.status
    })
    expect(status).toBe("sent")
  }, 180_000)
})
