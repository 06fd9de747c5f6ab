import { z } from "zod"
import { defineJob } from "../define-job"

/**
 * Finds Stripe events recorded as `received` whose processing job is gone (lost with a Redis outage, or never
 * added), and queues them again. Runs every 10 minutes (src/queues/schedules.ts).
 */
export const sweepStripeEventsJob = defineJob({
  queue: "payments",
  name: "sweep-stripe-events",
  payload: z.object({ older_than_minutes: z.number().int().min(0).max(10_080).default(10) }),
  // One sweep per minute at most, however often it is asked for.
  jobId: () => `sweep-stripe-events-${Math.floor(Date.now() / 60_000)}`,
})
