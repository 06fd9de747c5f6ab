import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { fullReviewView, readReviews } from "../../utils/review-view"
import type { AdminReviewsQuery } from "./validators"

/** GET /admin/reviews?status=&product_id=&family_id=&limit=&offset=: reviews newest first, hidden ones too. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminReviewsQuery>, res: MedusaResponse) {
  const { limit, offset, ...filters } = req.validatedQuery
  const defined = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined))
  const { rows, count } = await readReviews(req.scope, defined, { limit, offset })
  res.json({ reviews: rows.map(fullReviewView), count, limit, offset })
}
