import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findFamilyProduct } from "../../../workflows/family-products/steps/load-family-product"
import { moderateFamilyProductWorkflow } from "../../../workflows/family-products/workflows/moderate-family-product"
import { listingView } from "../../utils/family-product-view"
import type { AdminRequestListingChanges } from "./validators"

/**
 * POST /admin/listings/:id/<decision>: publishes a listing or asks for changes, and tells the family in Arabic
 * and English. Unknown product or one without a family: 404. Missing reason for changes: 400. A listing that is
 * not pending_review, or a family that is not approved: 409 naming the status. Queue down: 503, nothing changed.
 */
export function listingModerationRoute(transition: "approve" | "request_changes") {
  return async (
    req: AuthenticatedMedusaRequest<Partial<AdminRequestListingChanges>>,
    res: MedusaResponse,
  ) => {
    const productId = req.params.id as string
    await moderateFamilyProductWorkflow(req.scope).run({
      input: { product_id: productId, transition, reason: req.validatedBody?.reason },
    })
    const product = await findFamilyProduct(req.scope, { product_id: productId })
    res.json({ listing: product && listingView(product) })
  }
}
