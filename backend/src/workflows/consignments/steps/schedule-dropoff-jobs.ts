import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { readEnv } from "../../../config/env"
import { dropoffSchedule } from "../../../lib/consignments/deadline"
import { dropoffCancelJob } from "../../../queues/fulfilment/dropoff-cancel"
import { dropoffEscalationJob } from "../../../queues/fulfilment/dropoff-escalation"
import { dropoffReminderJob } from "../../../queues/fulfilment/dropoff-reminder"
import { queueService } from "../utils/services"

export const scheduleDropoffJobsStepId = "schedule-dropoff-jobs"

/**
 * The reminder, the escalation and the cancellation of each consignment, as delayed jobs keyed by consignment.
 * Nothing to undo: each job checks the consignment when it runs and does nothing unless it still waits.
 */
export const scheduleDropoffJobsStep = createStep(
  scheduleDropoffJobsStepId,
  async (consignments: { id: string; dropoff_deadline: Date | string }[], { container }) => {
    const env = readEnv()
    const queue = queueService(container)
    const now = new Date()
    const scheduled: { consignment_id: string; cancel_at: string }[] = []
    for (const consignment of consignments) {
      const schedule = dropoffSchedule(new Date(consignment.dropoff_deadline), now, {
        reminderHours: env.DROPOFF_REMINDER_HOURS,
        graceHours: env.DROPOFF_GRACE_HOURS,
      })
      const payload = { consignment_id: consignment.id }
      if (schedule.reminder !== null)
        await queue.enqueue(dropoffReminderJob, payload, { delay: schedule.reminder })
      await queue.enqueue(dropoffEscalationJob, payload, { delay: schedule.escalation })
      await queue.enqueue(dropoffCancelJob, payload, { delay: schedule.cancel })
      scheduled.push({ consignment_id: consignment.id, cancel_at: schedule.cancel_at.toISOString() })
    }
    return new StepResponse(scheduled)
  },
)
