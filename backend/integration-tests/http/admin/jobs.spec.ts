import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"
import { afterAll, describe, expect, inject, it } from "vitest"
import { api, asAdmin, withDb } from "../../support/context"
import { rawQueue } from "../../support/queue"
import { redisServer, shutdownRedis } from "../../support/redis-server"
import { waitFor } from "../../support/wait-for"

type FailedJob = { id: string; job_id: string; attempts: number; error: string; payload: unknown }

const outboxRow = (key: string) =>
  withDb(async (db) => {
    const { rows } = await db.query("select * from notification_outbox where idempotency_key = $1", [key])
    return rows[0] as Record<string, unknown> | undefined
  })

const failedJobByJobId = (jobId: string) =>
  withDb(async (db) => {
    const { rows } = await db.query("select * from failed_job where job_id = $1", [jobId])
    return rows[0] as FailedJob | undefined
  })

describe("the job queue through the admin API", () => {
  const queue = rawQueue("notifications")
  afterAll(() => queue.close())

  it("requires a logged-in ministry user", async () => {
    expect((await api("/admin/jobs/failed")).status).toBe(401)
    expect((await api("/admin/notifications", { method: "POST", body: {} })).status).toBe(401)
    expect((await api("/admin/jobs/failed/fjob_x/retry", { method: "POST" })).status).toBe(401)
  })

  it.each([
    ["limit=-1", "limit"],
    ["limit=abc", "limit"],
    ["limit=1000000000", "limit"],
    ["offset=-5", "offset"],
    ["queue=bogus", "queue"],
    ["order=error", "order"],
  ])("GET /admin/jobs/failed?%s is a 400 naming %s", async (query, field) => {
    const response = await api(`/admin/jobs/failed?${query}`, { headers: asAdmin() })
    expect(response.status).toBe(400)
    expect(String(response.body.message)).toContain(field)
  })

  it.each([
    [{ to: { phone: "+962791234567" } }, "template"],
    [{ template: "Not A Template", to: { phone: "+962791234567" } }, "template"],
    [{ template: "test", to: {} }, "to"],
    [{ template: "test", to: { email: "not-an-email" } }, "email"],
    [{ template: "test", to: { phone: "0791234567" } }, "phone"],
    [{ template: "test", to: { phone: "+962791234567" }, params: { name: "x".repeat(3000) } }, "params"],
    [{ template: "test", to: { phone: "+962791234567" }, status: "sent" }, "status"],
  ])("POST /admin/notifications with bad input is a 400 naming the field (%#)", async (body, field) => {
    const response = await api("/admin/notifications", { method: "POST", body, headers: asAdmin() })
    expect(response.status).toBe(400)
    expect(String(response.body.message)).toContain(field)
  })

  it("rejects malformed JSON with a 400 and no stack trace", async () => {
    const response = await api("/admin/notifications", {
      method: "POST",
      rawBody: '{"template": "test",',
      headers: { ...asAdmin(), "content-type": "application/json" },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).not.toMatch(/at .+\.(js|ts):\d+/)
  })

  it("runs a job: a notification is rendered in Arabic and English into the outbox", async () => {
    const response = await api("/admin/notifications", {
      method: "POST",
      headers: asAdmin(),
      body: { template: "test", to: { phone: "+962791234567" }, locale: "ar", params: { name: "أم محمد" } },
    })
    expect(response.status).toBe(202)
    const job = response.body.job as { job_id: string }
    const key = job.job_id.replace(/^notification-/, "")
    const row = await waitFor(
      async () => {
        const found = await outboxRow(key)
        return found?.status === "sent" ? found : undefined
      },
      { what: "the outbox row" },
    )
    expect(row).toMatchObject({
      channel: "sms",
      recipient: "+962791234567",
      transport: "outbox",
      locale: "ar",
    })
    expect(row.body_ar).toMatch(/[\u0600-\u06FF]/)
    expect(row.body_ar).toContain("أم محمد")
    expect(row.body_en).toMatch(/[A-Za-z]/)
  })

  it("sends the same notification once when it is enqueued twice", async () => {
    const payload = {
      template: "test",
      to: { phone: "+962790000001" },
      params: { name: "Huda" },
      idempotency_key: "dup-1",
    }
    await queue.add("send", payload, { jobId: "notification-dup-1" })
    await queue.add("send", payload, { jobId: "notification-dup-1-again" })
    await waitFor(async () => (await outboxRow("dup-1"))?.status === "sent", { what: "delivery" })
    await waitFor(async () => (await queue.getJobState("notification-dup-1-again")) === "completed")
    const count = await withDb(async (db) => {
      const { rows } = await db.query(
        "select count(*)::int as n from notification_outbox where idempotency_key = 'dup-1'",
      )
      return rows[0].n as number
    })
    expect(count).toBe(1)
  })

  it("fails a bad payload at once (no retries) and records it in failed_job", async () => {
    await queue.add("send", { template: "test", to: {} }, { jobId: "bad-payload-1", attempts: 5 })
    const failed = await waitFor(() => failedJobByJobId("bad-payload-1"), { what: "the failed_job row" })
    expect(failed.attempts).toBe(1)
    expect(failed.error).toMatch(/Invalid payload/)
    expect(failed.payload).toEqual({ template: "test", to: {} })

    const listed = await api("/admin/jobs/failed?queue=notifications&limit=100", { headers: asAdmin() })
    expect(listed.status).toBe(200)
    expect((listed.body.failed_jobs as FailedJob[]).map((job) => job.job_id)).toContain("bad-payload-1")
    expect(listed.body).toMatchObject({ limit: 100, offset: 0 })
  })

  it("retries with backoff, records a job that fails for good, and the retry route runs it again", async () => {
    // The mail server refuses this domain for now: every attempt fails, then the job is recorded.
    const control = inject("smtpControlDir")
    writeFileSync(path.join(control, "reject-retry.test"), "")
    const sent = await api("/admin/notifications", {
      method: "POST",
      headers: asAdmin(),
      body: { template: "welcome", to: { email: "family@retry.test" }, params: { name: "Salma" } },
    })
    expect(sent.status).toBe(202)
    const jobId = (sent.body.job as { job_id: string }).job_id
    const key = jobId.replace(/^notification-/, "")
    const failed = await waitFor(() => failedJobByJobId(jobId), { what: "the failed_job row" })
    expect(failed.attempts).toBe(3)
    expect(failed.error).toMatch(/451|temporarily/i)
    expect((await outboxRow(key))?.status).toBe("pending")

    rmSync(path.join(control, "reject-retry.test"))
    const retried = await api(`/admin/jobs/failed/${failed.id}/retry`, { method: "POST", headers: asAdmin() })
    expect(retried.status).toBe(202)
    expect(retried.body.failed_job).toMatchObject({ id: failed.id, retry_job_id: `${failed.id}-retry` })
    const row = await waitFor(
      async () => {
        const found = await outboxRow(key)
        return found?.status === "sent" ? found : undefined
      },
      { what: "delivery after the retry" },
    )
    expect(row.transport).toBe("smtp")
    const mail = readdirSync(control)
      .filter((name) => name.startsWith("mail-"))
      .map((name) => readFileSync(path.join(control, name), "utf8"))
      .find((text) => text.includes("family@retry.test"))
    expect(mail).toBeDefined()

    const again = await api(`/admin/jobs/failed/${failed.id}/retry`, { method: "POST", headers: asAdmin() })
    expect(again.status).toBe(409)
    expect(String(again.body.message)).toContain("already retried")
  })

  it("answers 404 for retrying a failed job that does not exist", async () => {
    const response = await api("/admin/jobs/failed/fjob_doesnotexist/retry", {
      method: "POST",
      headers: asAdmin(),
    })
    expect(response.status).toBe(404)
  })

  it("answers 503 quickly while the queue's Redis is down, and recovers when it returns", async () => {
    await shutdownRedis(inject("queueRedisPort"))
    const body = { template: "test", to: { phone: "+962791234567" }, params: { name: "x" } }

    const startedAt = Date.now()
    const down = await api("/admin/notifications", { method: "POST", body, headers: asAdmin() })
    expect(down.status).toBe(503)
    expect(Date.now() - startedAt).toBeLessThan(5_000)
    expect(String(down.body.message)).toMatch(/unavailable/)
    expect(down.headers.get("retry-after")).toBe("5")
    expect((await api("/ready")).status).toBe(503)

    // Started detached on the same port; the global teardown shuts it down.
    await redisServer(inject("queueRedisPort"), { detached: true }).start()
    const up = await waitFor(
      async () => {
        const response = await api("/admin/notifications", { method: "POST", body, headers: asAdmin() })
        return response.status === 202 ? response : undefined
      },
      { timeoutMs: 30_000, intervalMs: 500, what: "the queue to accept jobs again" },
    )
    const key = (up.body.job as { job_id: string }).job_id.replace(/^notification-/, "")
    await waitFor(async () => (await outboxRow(key))?.status === "sent", { what: "the worker to resume" })
  })
})
