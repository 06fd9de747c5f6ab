import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { removeFavouriteWorkflow } from "../../../../../../workflows/reviews/workflows/remove-favourite"

/** DELETE /store/customers/me/favourites/:product_id: removes it from the caller's favourites. Not among them: 404. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const productId = req.params.product_id as string
  await removeFavouriteWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, product_id: productId },
  })
  res.json({ product_id: productId, object: "favourite", deleted: true })
}
