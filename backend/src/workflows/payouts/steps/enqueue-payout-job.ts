import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { QUEUE_MODULE } from "../../../modules/queue"
import type QueueModuleService from "../../../modules/queue/service"
import type { JobDefinition } from "../../../queues/define-job"
import { notifyBatchPaidJob } from "../../../queues/payouts/notify-batch-paid"
import { runPayoutsJob } from "../../../queues/payouts/run-payouts"

// By name: a step's input is stored by the workflow engine as JSON, so it cannot carry the definitions themselves.
const JOBS: Record<"run-payouts" | "notify-batch-paid", JobDefinition> = {
  "run-payouts": runPayoutsJob,
  "notify-batch-paid": notifyBatchPaidJob,
}

export const enqueuePayoutJobStepId = "enqueue-payout-job"

/** Queues one payouts job. Last step: a job cannot be taken back, and Redis down (503) rolls back the rest. */
export const enqueuePayoutJobStep = createStep(
  enqueuePayoutJobStepId,
  async (input: { job: keyof typeof JOBS; payload: Record<string, string> }, { container }) =>
    new StepResponse(
      await container.resolve<QueueModuleService>(QUEUE_MODULE).enqueue(JOBS[input.job], input.payload),
    ),
)
