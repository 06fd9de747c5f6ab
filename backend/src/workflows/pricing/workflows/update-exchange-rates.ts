import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { RateTable } from "../../../modules/pricing-rates/rate-rules"
import { enqueueRepriceAllStep } from "../steps/enqueue-reprice-all"
import { setExchangeRatesStep } from "../steps/set-exchange-rates"

export const updateExchangeRatesWorkflowId = "update-exchange-rates"

export type UpdateExchangeRatesWorkflowInput = { rates: Partial<RateTable>; actor_id: string | null }

/**
 * Finance changes rates: store them (with history), then queue the bulk reprice. If the queue cannot take the
 * job the rates go back, so a rate never changes without the catalogue following it.
 */
export const updateExchangeRatesWorkflow = createWorkflow(
  updateExchangeRatesWorkflowId,
  (input: UpdateExchangeRatesWorkflowInput) => {
    const changes = setExchangeRatesStep({ rates: input.rates, changed_by: input.actor_id })
    const job = enqueueRepriceAllStep({ requested_by: input.actor_id })
    return new WorkflowResponse({ changes, job })
  },
)
