import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import FamilyProductLink from "../../../links/family-product"
import { newProductHandle } from "../../../workflows/family-products/utils/product-input"
import { createFamilyProductWorkflow } from "../../../workflows/family-products/workflows/create-family-product"
import { familyProductView, readFamilyProducts } from "../../utils/family-product-view"
import { sellerContext } from "../utils/seller-context"
import type { SellerCreateProduct, SellerProductsQuery } from "./validators"

/**
 * GET /seller/products?limit=&offset=: the caller's family's products, newest first. Bad input: limit outside
 * 1..100, a negative offset, unknown parameters: 400 naming them.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, SellerProductsQuery>,
  res: MedusaResponse,
) {
  const seller = await sellerContext(req)
  const { limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: FamilyProductLink.entryPoint,
    fields: ["product_id"],
    filters: { family_id: seller.family_id },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", product_id: "ASC" } },
  })
  const products = await readFamilyProducts(
    req.scope,
    data.map((link) => link.product_id as string),
  )
  res.json({
    products: products.map(familyProductView),
    count: metadata?.count ?? products.length,
    limit,
    offset,
  })
}

/**
 * POST /seller/products: a new draft listing of the caller's family. Bad input: a missing or overlong title or
 * description in either language, an unknown category, a price that is not whole fils in 1..10,000,000, stock
 * outside 0..10,000, processing days outside 1..60, any field a family may not set (status, listing_status,
 * family_id, handle, prices, usd..., commission, ids): 400 naming it. A suspended or rejected family: 409.
 */
export async function POST(req: AuthenticatedMedusaRequest<SellerCreateProduct>, res: MedusaResponse) {
  const seller = await sellerContext(req)
  const { result } = await createFamilyProductWorkflow(req.scope).run({
    input: {
      family_id: seller.family_id,
      handle: newProductHandle(req.validatedBody.title_en),
      fields: req.validatedBody,
    },
  })
  const [product] = await readFamilyProducts(req.scope, [result.id])
  res.status(201).json({ product: product && familyProductView(product) })
}
