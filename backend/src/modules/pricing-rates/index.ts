import { Module } from "@medusajs/framework/utils"
import PricingRatesModuleService from "./service"

// Module names become container keys and JS identifiers, so no dash.
export const PRICING_RATES_MODULE = "pricingRates"

export default Module(PRICING_RATES_MODULE, { service: PricingRatesModuleService })
