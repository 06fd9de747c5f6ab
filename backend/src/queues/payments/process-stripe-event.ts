import { z } from "zod"
import { defineJob } from "../define-job"

/**
 * One job per reception of an event: `received_at` is when its row was written (ms). Concurrent deliveries share the
 * row, so they share the job. A reception undone after a queue outage leaves a job that may still reach Redis late;
 * the next delivery writes a new row, and so gets a job of its own instead of being taken for that stale one.
 */
export const processStripeEventJob = defineJob({
  queue: "payments",
  name: "stripe-event",
  payload: z.object({
    event_id: z.string().regex(/^evt_[A-Za-z0-9_]{1,200}$/, "event_id must be a Stripe event id (evt_...)"),
    received_at: z.number().int().positive("received_at must be the row's creation time in ms"),
  }),
  jobId: (payload) => `stripe-event-${payload.event_id}-${payload.received_at}`,
})

/** The job of a recorded event: its reception is when its row was written. */
export function stripeEventJobPayload(row: { id: string; created_at: Date | string }) {
  return { event_id: row.id, received_at: new Date(row.created_at).getTime() }
}
