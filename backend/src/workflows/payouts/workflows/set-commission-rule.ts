import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { setCommissionRuleStep } from "../steps/set-commission-rule"

export const setCommissionRuleWorkflowId = "set-commission-rule"

/** Finance sets the commission of a category, or the global one; releases from now on use it. */
export const setCommissionRuleWorkflow = createWorkflow(
  setCommissionRuleWorkflowId,
  (input: { category_id: string | null; rate_bps: number; actor_id: string | null }) =>
    new WorkflowResponse(setCommissionRuleStep(input)),
)
