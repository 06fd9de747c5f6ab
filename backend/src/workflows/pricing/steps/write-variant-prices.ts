import type { AddPricesDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toMajor } from "@usra/i18n"
import { isBasePrice, type VariantPricePlan } from "../utils/plan-variant-prices"

export const writeVariantPricesStepId = "write-variant-prices"

type Undo = { restores: AddPricesDTO[]; created: string[] }

/**
 * Writes only the prices that change: existing prices are updated in place by id (addPrices upserts), missing
 * currencies are created. Unlike updatePriceSets this never replaces a set's other prices. Compensation puts
 * the old amounts back and removes what it created.
 */
export const writeVariantPricesStep = createStep(
  writeVariantPricesStepId,
  async (writes: VariantPricePlan["writes"], { container }) => {
    const undo: Undo = { restores: [], created: [] }
    if (writes.length === 0) return new StepResponse(0, undo)
    const pricing = container.resolve(Modules.PRICING)
    const priceSets = await pricing.addPrices(
      writes.map((write) => ({
        priceSetId: write.price_set_id,
        prices: write.prices.map((price) => ({
          id: price.id,
          currency_code: price.currency_code,
          amount: toMajor(price.amount, price.currency_code),
        })),
      })),
    )
    const returned = new Map(priceSets.map((set) => [set.id, set.prices ?? []]))
    for (const write of writes) {
      const restores = write.prices.flatMap((price) =>
        price.id && price.previous_amount !== undefined
          ? [
              {
                id: price.id,
                currency_code: price.currency_code,
                amount: toMajor(price.previous_amount, price.currency_code),
              },
            ]
          : [],
      )
      if (restores.length > 0) undo.restores.push({ priceSetId: write.price_set_id, prices: restores })
      const createdCurrencies = new Set(
        write.prices.filter((price) => !price.id).map((price) => price.currency_code),
      )
      undo.created.push(
        ...(returned.get(write.price_set_id) ?? [])
          .filter((price) => createdCurrencies.has(String(price.currency_code)) && isBasePrice(price))
          .map((price) => price.id),
      )
    }
    return new StepResponse(writes.length, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const pricing = container.resolve(Modules.PRICING)
    if (undo.restores.length > 0) await pricing.addPrices(undo.restores)
    if (undo.created.length > 0) await pricing.removePrices(undo.created)
  },
)
