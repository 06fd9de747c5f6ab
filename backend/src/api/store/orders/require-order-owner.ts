import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/**
 * An order is readable by its buyer only: anyone else gets the same 404 as for an order that does not exist,
 * so ids cannot be probed. (Guests use POST /store/orders/lookup with the order's email and number.)
 */
export async function requireOrderOwner(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction,
) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id"],
    filters: { id: req.params.id },
  })
  if (!data[0] || data[0].customer_id !== req.auth_context.actor_id) {
    return next(new MedusaError(MedusaError.Types.NOT_FOUND, "Order not found"))
  }
  next()
}
