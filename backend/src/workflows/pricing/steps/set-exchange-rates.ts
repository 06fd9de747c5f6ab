import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PRICING_RATES_MODULE } from "../../../modules/pricing-rates"
import type { RateTable } from "../../../modules/pricing-rates/rate-rules"
import type PricingRatesModuleService from "../../../modules/pricing-rates/service"

export const setExchangeRatesStepId = "set-exchange-rates"

export type SetExchangeRatesStepInput = { rates: Partial<RateTable>; changed_by: string | null }

/** Stores the new rates with their history; compensation puts the old rates back. */
export const setExchangeRatesStep = createStep(
  setExchangeRatesStepId,
  async (input: SetExchangeRatesStepInput, { container }) => {
    const service = container.resolve<PricingRatesModuleService>(PRICING_RATES_MODULE)
    const changes = await service.setRates(input.rates, input.changed_by)
    return new StepResponse(changes, changes)
  },
  async (changes, { container }) => {
    if (!changes?.length) return
    await container.resolve<PricingRatesModuleService>(PRICING_RATES_MODULE).undoRateChanges(changes)
  },
)
