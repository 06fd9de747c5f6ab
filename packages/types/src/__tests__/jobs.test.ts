import { describe, expect, it } from "vitest"
import { FailedJobDTO, FailedJobListQuery, FailedJobListResponse, QueueName } from "../index"
import { failure } from "./helpers"

const failedJob = {
  id: "fjob_01HZX3KQ8W9T2V5B7N",
  queue: "notifications",
  name: "send-notification",
  job_id: "notify-welcome-cus_01HZX3KQ8W",
  payload: { template: "welcome" },
  error: "SMTP connection refused",
  attempts: 5,
  failed_at: "2026-11-29T03:00:00.000Z",
  retried_at: null,
  retry_job_id: null,
}

describe("QueueName", () => {
  it("lists the four queues", () => {
    expect(QueueName.options).toEqual(["notifications", "fulfilment", "payouts", "pricing"])
    expect(failure(QueueName, "emails").message).toMatch(/^queue must be one of/)
  })
})

describe("FailedJobDTO", () => {
  it("accepts a failed job, before and after a retry", () => {
    expect(FailedJobDTO.parse(failedJob)).toEqual(failedJob)
    const retried = { ...failedJob, retried_at: "2026-11-29T04:00:00+03:00", retry_job_id: "retry-1" }
    expect(FailedJobDTO.parse(retried)).toEqual(retried)
  })

  it("rejects bad timestamps and attempts", () => {
    expect(failure(FailedJobDTO, { ...failedJob, failed_at: "yesterday" }).field).toBe("failed_at")
    expect(failure(FailedJobDTO, { ...failedJob, attempts: 1.5 }).field).toBe("attempts")
    expect(failure(FailedJobDTO, { ...failedJob, queue: "emails" }).field).toBe("queue")
  })
})

describe("FailedJobListQuery", () => {
  it("adds optional filters to pagination", () => {
    expect(FailedJobListQuery.parse({})).toEqual({ limit: 20, offset: 0 })
    expect(FailedJobListQuery.parse({ limit: "5", queue: "payouts", name: "send-payout" })).toEqual({
      limit: 5,
      offset: 0,
      queue: "payouts",
      name: "send-payout",
    })
  })

  it("names the field that is wrong", () => {
    expect(failure(FailedJobListQuery, { queue: "x" }).field).toBe("queue")
    expect(failure(FailedJobListQuery, { name: "" })).toEqual({
      type: "invalid_data",
      message: "name must not be empty",
      field: "name",
    })
    expect(failure(FailedJobListQuery, { limit: "500" }).message).toBe("limit must be at most 100")
  })
})

describe("FailedJobListResponse", () => {
  it("wraps a page of failed jobs", () => {
    const page = { failed_jobs: [failedJob], count: 1, limit: 20, offset: 0 }
    expect(FailedJobListResponse.parse(page)).toEqual(page)
    expect(failure(FailedJobListResponse, { ...page, failed_jobs: [{ ...failedJob, id: "" }] }).field).toBe(
      "failed_jobs.0.id",
    )
  })
})
