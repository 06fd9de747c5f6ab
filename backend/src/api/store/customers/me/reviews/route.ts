import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { orderLines } from "../../../../../workflows/reviews/utils/delivered-items"
import { reviewsService } from "../../../../../workflows/reviews/utils/services"
import { fullReviewView, readReviews } from "../../../../utils/review-view"
import type { StoreReviewsQuery } from "../../../reviews/validators"

// The delivered items still waiting for a review are looked for in the buyer's most recent orders.
const RECENT_ORDERS = 50

/**
 * GET /store/customers/me/reviews?limit=&offset=: the signed-in buyer's reviews (newest first, with whether the
 * ministry hid one) and `awaiting_review`: the delivered items of their recent orders not reviewed yet.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, StoreReviewsQuery>, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const { limit, offset } = req.validatedQuery
  const { data: orders } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id"],
    filters: { customer_id: customerId },
    pagination: { take: RECENT_ORDERS, skip: 0, order: { created_at: "DESC" } },
  })
  const [{ rows, count }, lines] = await Promise.all([
    readReviews(req.scope, { customer_id: customerId }, { limit, offset }),
    orderLines(
      req.scope,
      orders.map((order) => order.id as string),
    ),
  ])
  const delivered = lines.filter((line) => line.delivered && line.product_id)
  const reviewed = delivered.length
    ? new Set(
        (
          await reviewsService(req.scope).listReviews(
            { line_item_id: delivered.map((line) => line.line_item_id) },
            { select: ["line_item_id"] },
          )
        ).map((review) => review.line_item_id),
      )
    : new Set<string>()
  res.json({
    reviews: rows.map(fullReviewView),
    count,
    limit,
    offset,
    awaiting_review: delivered
      .filter((line) => !reviewed.has(line.line_item_id))
      .map(({ customer_id: _customer, delivered: _delivered, ...line }) => line),
  })
}
