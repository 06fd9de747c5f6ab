import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  type MarkPaymentSessionFailedInput,
  markPaymentSessionFailedStep,
} from "../steps/mark-payment-session-failed"

export const recordPaymentFailureWorkflowId = "record-payment-failure"

/** A card payment failed after its session was created: the session says so, with the bank's reason. */
export const recordPaymentFailureWorkflow = createWorkflow(
  recordPaymentFailureWorkflowId,
  (input: MarkPaymentSessionFailedInput) => new WorkflowResponse(markPaymentSessionFailedStep(input)),
)
