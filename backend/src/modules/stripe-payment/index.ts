import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import StripePaymentProvider from "./service"

/** Registered with id "stripe", so Medusa's provider id is `pp_stripe_stripe`. */
export const STRIPE_PAYMENT_PROVIDER_ID = "pp_stripe_stripe"

export default ModuleProvider(Modules.PAYMENT, { services: [StripePaymentProvider] })
