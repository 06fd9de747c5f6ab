import { z } from "zod"
import { defineJob } from "../define-job"

export const processStripeEventJob = defineJob({
  queue: "payments",
  name: "stripe-event",
  payload: z.object({
    event_id: z.string().regex(/^evt_[A-Za-z0-9_]{1,200}$/, "event_id must be a Stripe event id (evt_...)"),
  }),
  jobId: (payload) => `stripe-event-${payload.event_id}`,
})
