import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { payoutsService } from "../utils/payouts-service"

export const setCommissionRuleStepId = "set-commission-rule"

/**
 * A new active rule for a product category (or the global one), retiring the one it replaces. 404 for a category
 * that does not exist. Compensation removes the new rule and brings the old one back.
 */
export const setCommissionRuleStep = createStep(
  setCommissionRuleStepId,
  async (input: { category_id: string | null; rate_bps: number; actor_id: string | null }, { container }) => {
    if (input.category_id) {
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product_category",
        fields: ["id"],
        filters: { id: input.category_id },
      })
      if (!data[0]) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Product category "${input.category_id}" was not found`,
        )
      }
    }
    const payouts = payoutsService(container)
    const change = await payouts.setCommissionRule({
      category_id: input.category_id,
      rate_bps: input.rate_bps,
      created_by: input.actor_id,
    })
    return new StepResponse(await payouts.retrieveCommissionRule(change.id), change)
  },
  async (change, { container }) => {
    if (change) await payoutsService(container).undoCommissionRule(change)
  },
)
