import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { findFamilyProduct } from "../../../../workflows/family-products/steps/load-family-product"
import { deleteFamilyProductWorkflow } from "../../../../workflows/family-products/workflows/delete-family-product"
import { updateFamilyProductWorkflow } from "../../../../workflows/family-products/workflows/update-family-product"
import { familyProductView } from "../../../utils/family-product-view"
import { sellerContext } from "../../utils/seller-context"
import type { SellerUpdateProduct } from "../validators"

async function ownProductView(req: AuthenticatedMedusaRequest, familyId: string) {
  const product = await findFamilyProduct(req.scope, {
    product_id: req.params.id as string,
    family_id: familyId,
  })
  if (!product) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product "${req.params.id}" was not found`)
  return familyProductView(product)
}

/** GET /seller/products/:id: one of the caller's family's products. Another family's product or none: 404. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await sellerContext(req)
  res.json({ product: await ownProductView(req, seller.family_id) })
}

/**
 * POST /seller/products/:id: edits the product; title, description, category or materials of a published listing
 * send it back to review, price and stock do not. Bad input: as for create (every field optional, at least
 * one), unknown or forbidden fields (status, family_id, handle, prices, commission...): 400 naming them.
 * Another family's product or none: 404, nothing changed.
 */
export async function POST(req: AuthenticatedMedusaRequest<SellerUpdateProduct>, res: MedusaResponse) {
  const seller = await sellerContext(req)
  const { result } = await updateFamilyProductWorkflow(req.scope).run({
    input: { family_id: seller.family_id, product_id: req.params.id as string, fields: req.validatedBody },
  })
  res.json({ product: await ownProductView(req, seller.family_id), changed: result.changed })
}

/** DELETE /seller/products/:id: removes the product. Another family's product or none: 404, nothing changed. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const seller = await sellerContext(req)
  const { result } = await deleteFamilyProductWorkflow(req.scope).run({
    input: { family_id: seller.family_id, product_id: req.params.id as string },
  })
  res.json({ id: result.id, object: "product", deleted: true })
}
