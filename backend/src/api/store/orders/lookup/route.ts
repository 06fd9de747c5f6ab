import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { buyerOrderView } from "../buyer-order"
import type { StoreOrderLookup } from "../validators"

/**
 * POST /store/orders/lookup { email, display_id }: a guest finds their order. A wrong email or number: the same
 * 404 either way. Bad email or number: 400 naming the field.
 */
export async function POST(req: MedusaRequest<StoreOrderLookup>, res: MedusaResponse) {
  const { email, display_id } = req.validatedBody
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "email"], filters: { display_id } })
  const match = data.find((order) => order.email?.toLowerCase() === email.toLowerCase())
  const order = match && (await buyerOrderView(req.scope, match.id))
  if (!order)
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No order matches this email and order number")
  res.json({ order })
}
