import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { enqueuePayoutJobStep } from "../steps/enqueue-payout-job"
import { markPayoutBatchPaidStep } from "../steps/mark-payout-batch-paid"

export const markPayoutBatchPaidWorkflowId = "mark-payout-batch-paid"

/**
 * The bank carried out the batch: it and its payouts are paid, with the bank's reference. The families are told
 * by one job (a batch can hold thousands), queued last.
 */
export const markPayoutBatchPaidWorkflow = createWorkflow(
  markPayoutBatchPaidWorkflowId,
  (input: { batch_id: string; bank_reference: string; actor_id: string | null }) => {
    const result = markPayoutBatchPaidStep(input)
    enqueuePayoutJobStep(
      transform({ input }, ({ input }) => ({
        job: "notify-batch-paid" as const,
        payload: { batch_id: input.batch_id },
      })),
    )
    return new WorkflowResponse(result)
  },
)
