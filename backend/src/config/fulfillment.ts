import { HUB_PROVIDER_CONFIG_ID } from "../modules/hub-fulfillment/constants"

/**
 * Medusa's fulfillment module with its manual provider and Usra's hub provider. The hub provider prices parcels
 * from the shippingRates and pricingRates modules, which the module's container only offers when named here.
 */
export const fulfillmentModule = {
  resolve: "@medusajs/medusa/fulfillment",
  dependencies: ["shippingRates", "pricingRates"],
  options: {
    providers: [
      { resolve: "@medusajs/medusa/fulfillment-manual", id: "manual" },
      { resolve: "./src/modules/hub-fulfillment", id: HUB_PROVIDER_CONFIG_ID },
    ],
  },
}
