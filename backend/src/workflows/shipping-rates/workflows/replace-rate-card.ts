import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { ZoneRateCard } from "../../../lib/shipping/brackets"
import { replaceRateCardStep } from "../steps/replace-rate-card"

export const replaceRateCardWorkflowId = "replace-rate-card"
export const SHIPPING_RATES_UPDATED = "shipping_rates.updated"

export type ReplaceRateCardWorkflowInput = { card: ZoneRateCard; actor_id: string | null }

/**
 * Finance replaces a zone's brackets and transit time. The provider reads the rates on every calculation, so the
 * next cart priced in the zone pays the new rate; a failure after the write puts the old card back.
 */
export const replaceRateCardWorkflow = createWorkflow(
  replaceRateCardWorkflowId,
  (input: ReplaceRateCardWorkflowInput) => {
    const previous = replaceRateCardStep({ card: input.card, updated_by: input.actor_id })
    emitEventStep(
      transform({ input }, ({ input }) => ({
        eventName: SHIPPING_RATES_UPDATED,
        data: { zone: input.card.zone, updated_by: input.actor_id },
      })),
    )
    return new WorkflowResponse({ previous })
  },
)
