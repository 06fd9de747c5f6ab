import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { findFamilyProduct } from "../../../../../workflows/family-products/steps/load-family-product"
import { submitFamilyProductWorkflow } from "../../../../../workflows/family-products/workflows/submit-family-product"
import { familyProductView } from "../../../../utils/family-product-view"
import { sellerContext } from "../../../utils/seller-context"

/**
 * POST /seller/products/:id/submit: sends a draft (or a listing the ministry asked to change) for review. Any
 * body field: 400. No photo yet: 400. The family is not approved, or the listing is not draft or
 * changes_requested: 409 naming the status. Another family's product or none: 404.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await sellerContext(req)
  const input = { family_id: seller.family_id, product_id: req.params.id as string }
  await submitFamilyProductWorkflow(req.scope).run({ input })
  const product = await findFamilyProduct(req.scope, input)
  res.json({ product: product && familyProductView(product) })
}
