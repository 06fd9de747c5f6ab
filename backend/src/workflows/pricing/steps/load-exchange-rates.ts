import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRICING_RATES_MODULE } from "../../../modules/pricing-rates"
import type PricingRatesModuleService from "../../../modules/pricing-rates/service"

export const loadExchangeRatesStepId = "load-exchange-rates"

/** The rates to price with now (read-only, nothing to compensate). */
export const loadExchangeRatesStep = createStep(
  loadExchangeRatesStepId,
  async (_: undefined, { container }) => {
    const rates = await container.resolve<PricingRatesModuleService>(PRICING_RATES_MODULE).currentRates()
    return new StepResponse(rates)
  },
)
