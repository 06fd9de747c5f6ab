import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

export const SYSTEM_PAYMENT_PROVIDER_ID = "pp_system_default"

/**
 * Medusa's system provider authorizes anything: an order paid with it is an order nobody paid for. It is allowed
 * where ALLOW_SYSTEM_PAYMENTS says so (development and tests, by default), and refused everywhere else, even if a
 * region still lists it.
 */
export function refuseSystemPayments(allowed: () => boolean) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const body = (req.body ?? {}) as { provider_id?: unknown }
    if (body.provider_id === SYSTEM_PAYMENT_PROVIDER_ID && !allowed()) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `provider_id: "${SYSTEM_PAYMENT_PROVIDER_ID}" takes no payment and is not accepted here; pay by card with "pp_stripe_stripe"`,
        ),
      )
    }
    next()
  }
}
