import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { bookReleaseStep } from "../steps/book-release"
import { planReleaseStep } from "../steps/plan-release"

export const releaseFamilyFundsWorkflowId = "release-family-funds"

/** After the return window: a family's share of an order, net of commission and refunds, joins its balance. */
export const releaseFamilyFundsWorkflow = createWorkflow(
  releaseFamilyFundsWorkflowId,
  (input: { order_id: string; family_id: string; job_id?: string | null }) => {
    const plan = planReleaseStep(input)
    return new WorkflowResponse(bookReleaseStep(plan))
  },
)
