import type { Env } from "../config/env"
import type { JobSchedule } from "./define-job"
import { sweepStripeEventsJob } from "./payments/sweep-stripe-events"
import { runPayoutsJob } from "./payouts/run-payouts"

/** Repeatable jobs, registered by every worker process at start (idempotent: one scheduler per id). */
export function jobSchedules(env: Env): JobSchedule[] {
  return [
    {
      id: "payout-run-schedule",
      definition: runPayoutsJob,
      pattern: env.PAYOUT_SCHEDULE,
      tz: env.PAYOUT_TIMEZONE,
      payload: {},
    },
    {
      id: "stripe-events-sweep",
      definition: sweepStripeEventsJob,
      pattern: "*/10 * * * *",
      payload: { older_than_minutes: 10 },
    },
  ]
}
