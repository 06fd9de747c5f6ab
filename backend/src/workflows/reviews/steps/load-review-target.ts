import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ConflictError } from "../../../lib/errors/conflict-error"
import { orderLines } from "../utils/delivered-items"
import { reviewsService } from "../utils/services"

export type ReviewTargetInput = { customer_id: string; order_id: string; line_item_id: string }
export type ReviewTarget = { product_id: string; family_id: string; author_name: string }

export const loadReviewTargetStepId = "load-review-target"

/** "Lena F." from the customer's names; "A buyer" when there are none (the email never shows). */
export function authorName(customer: { first_name?: string | null; last_name?: string | null } | undefined) {
  const first = customer?.first_name?.trim()
  const initial = customer?.last_name?.trim().charAt(0)
  if (!first) return initial ? `${initial}.` : "A buyer"
  return initial ? `${first} ${initial.toUpperCase()}.` : first
}

/**
 * What a review is about, checked: the buyer's own order (anyone else's is the same 404 as none), a line of it,
 * delivered, and not reviewed yet (409). Reads only: nothing to undo.
 */
export const loadReviewTargetStep = createStep(
  loadReviewTargetStepId,
  async (input: ReviewTargetInput, { container }) => {
    const lines = await orderLines(container, [input.order_id])
    if (lines.length === 0 || lines[0]?.customer_id !== input.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "order_id: order not found")
    }
    const line = lines.find((candidate) => candidate.line_item_id === input.line_item_id)
    if (!line) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, "line_item_id: this order has no such item")
    }
    if (!line.delivered) {
      throw new ConflictError("line_item_id: an item can be reviewed once it has been delivered")
    }
    const [existing] = await reviewsService(container).listReviews(
      { line_item_id: input.line_item_id },
      { select: ["id"] },
    )
    if (existing) throw new ConflictError("line_item_id: you have already reviewed this item")
    if (!line.product_id) {
      throw new ConflictError("line_item_id: this item's product is no longer sold, so it cannot be reviewed")
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [{ data: products }, { data: customers }] = await Promise.all([
      query.graph({ entity: "product", fields: ["id", "family.id"], filters: { id: line.product_id } }),
      query.graph({
        entity: "customer",
        fields: ["first_name", "last_name"],
        filters: { id: input.customer_id },
      }),
    ])
    const familyId = (products[0] as { family?: { id?: string } | null } | undefined)?.family?.id
    if (!familyId) {
      throw new ConflictError("line_item_id: this item's product no longer belongs to a family")
    }
    return new StepResponse<ReviewTarget>({
      product_id: line.product_id,
      family_id: familyId,
      author_name: authorName(customers[0]),
    })
  },
)
