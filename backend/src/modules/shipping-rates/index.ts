import { Module } from "@medusajs/framework/utils"
import ShippingRatesModuleService from "./service"

// Module names become container keys and JS identifiers, so no dash.
export const SHIPPING_RATES_MODULE = "shippingRates"

export default Module(SHIPPING_RATES_MODULE, { service: ShippingRatesModuleService })
