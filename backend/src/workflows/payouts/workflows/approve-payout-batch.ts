import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { approvePayoutBatchStep } from "../steps/approve-payout-batch"

export const approvePayoutBatchWorkflowId = "approve-payout-batch"

/** Finance approves a bank/CliQ batch: its transfer file can then be downloaded and sent to the bank. */
export const approvePayoutBatchWorkflow = createWorkflow(
  approvePayoutBatchWorkflowId,
  (input: { batch_id: string; actor_id: string | null }) =>
    new WorkflowResponse(approvePayoutBatchStep(input)),
)
