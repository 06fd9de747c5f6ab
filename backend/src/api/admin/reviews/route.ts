import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fullReviewView, readReviews } from "../../utils/review-view"
import type { AdminReviewsQuery } from "./validators"

/**
 * GET /admin/reviews?status=&rating=&product_id=&family_id=&limit=&offset=: reviews newest first, hidden ones too.
 * Bad input (another status, a rating outside 1..5, limit outside 1..100, a negative offset, unknown parameters):
 * 400 naming the field; no login: 401; a role other than reviewer or super_admin: 403.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminReviewsQuery>, res: MedusaResponse) {
  const { limit, offset, ...filters } = req.validatedQuery
  const defined = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined))
  const { rows, count } = await readReviews(req.scope, defined, { limit, offset })
  res.json({ reviews: rows.map(fullReviewView), count, limit, offset })
}
