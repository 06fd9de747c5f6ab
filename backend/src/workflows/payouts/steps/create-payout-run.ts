import { generateEntityId } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { payoutsService } from "../utils/payouts-service"

export const createPayoutRunStepId = "create-payout-run"

/** A manual run, pending until its job works it. Compensation removes it (its job was never queued). */
export const createPayoutRunStep = createStep(
  createPayoutRunStepId,
  async (input: { threshold: number; actor_id: string | null }, { container }) => {
    const run = await payoutsService(container).claimRun({
      key: generateEntityId(undefined, "manual"),
      trigger: "manual",
      threshold: input.threshold,
      created_by: input.actor_id,
    })
    return new StepResponse(run, run.id)
  },
  async (id, { container }) => {
    if (id) await payoutsService(container).deletePayoutRuns(id)
  },
)
