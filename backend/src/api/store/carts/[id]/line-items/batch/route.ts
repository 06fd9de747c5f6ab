import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { addToCartWorkflowId } from "@medusajs/medusa/core-flows"
import type { StoreAddCartLineItems } from "../../../validators"

/**
 * POST /store/carts/:id/line-items/batch { items: [{ variant_id, quantity }] }: adds several products in one run of
 * Medusa's add-to-cart workflow, so the cart is locked, priced, taxed and refreshed once rather than once per
 * product ("buy again", a shared wish list). Answers the cart, as the one-item route does.
 * Bad input: 400 naming the field (unknown fields such as unit_price included); an unknown cart 404; an unknown or
 * unpublished variant, a completed cart or too little stock: 400 with Medusa's message, and nothing is added.
 */
export async function POST(req: MedusaRequest<StoreAddCartLineItems>, res: MedusaResponse) {
  const engine = req.scope.resolve(Modules.WORKFLOW_ENGINE)
  await engine.run(addToCartWorkflowId, {
    input: { cart_id: req.params.id, items: req.validatedBody.items },
  })
  const cart = await refetchCart(req.params.id, req.scope, req.queryConfig.fields)
  res.json({ cart })
}
