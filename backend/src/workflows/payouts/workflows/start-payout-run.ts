import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createPayoutRunStep } from "../steps/create-payout-run"
import { enqueuePayoutJobStep } from "../steps/enqueue-payout-job"

export const startPayoutRunWorkflowId = "start-payout-run"

/** Finance starts a payout run now; the payouts queue works it (GET /admin/jobs/:id shows its progress). */
export const startPayoutRunWorkflow = createWorkflow(
  startPayoutRunWorkflowId,
  (input: { threshold: number; actor_id: string | null }) => {
    const run = createPayoutRunStep(input)
    const job = enqueuePayoutJobStep(
      transform({ run }, ({ run }) => ({ job: "run-payouts" as const, payload: { run_id: run.id } })),
    )
    return new WorkflowResponse(transform({ run, job }, ({ run, job }) => ({ run, job })))
  },
)
