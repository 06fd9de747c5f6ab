import type { Job } from "bullmq"
import { describe, expect, it } from "vitest"
import { jobSnapshot } from "../job-snapshot"

const job = (fields: Partial<Job>) =>
  ({ id: "reprice-all-1", queueName: "pricing", name: "reprice-all", attemptsMade: 0, ...fields }) as Job

describe("jobSnapshot", () => {
  it("reports a finished job's progress and time", () => {
    const finishedOn = Date.UTC(2026, 0, 2, 3, 4, 5)
    expect(
      jobSnapshot(job({ progress: { done: 120, total: 120 }, attemptsMade: 1, finishedOn }), "completed"),
    ).toEqual({
      id: "reprice-all-1",
      queue: "pricing",
      name: "reprice-all",
      state: "completed",
      progress: { done: 120, total: 120 },
      attempts_made: 1,
      failed_reason: null,
      finished_at: "2026-01-02T03:04:05.000Z",
      run_at: null,
    })
  })

  it("says when a delayed job is due", () => {
    const timestamp = Date.UTC(2026, 0, 2)
    expect(jobSnapshot(job({ timestamp, delay: 86_400_000 }), "delayed").run_at).toBe(
      "2026-01-03T00:00:00.000Z",
    )
  })

  it("has no progress until the job reports counts", () => {
    expect(jobSnapshot(job({ progress: 0 }), "waiting").progress).toBeNull()
    expect(jobSnapshot(job({ progress: { done: "x" } as never }), "active").progress).toBeNull()
  })

  it("keeps the reason a job failed", () => {
    expect(jobSnapshot(job({ failedReason: "boom" }), "failed").failed_reason).toBe("boom")
  })
})
