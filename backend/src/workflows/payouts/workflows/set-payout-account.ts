import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { type PayoutAccountFields, savePayoutAccountStep } from "../steps/save-payout-account"

export const setPayoutAccountWorkflowId = "set-payout-account"

/** A family sets where it is paid by bank transfer or CliQ (validated by the route: IBAN checksum, alias rules). */
export const setPayoutAccountWorkflow = createWorkflow(
  setPayoutAccountWorkflowId,
  (input: PayoutAccountFields) => new WorkflowResponse(savePayoutAccountStep(input)),
)
