import { createWorkflow, transform, WorkflowResponse, when } from "@medusajs/framework/workflows-sdk"
import {
  createPriceSetsStep,
  createVariantPricingLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { toMajor } from "@usra/i18n"
import { loadExchangeRatesStep } from "../steps/load-exchange-rates"
import { writeVariantPricesStep } from "../steps/write-variant-prices"
import { planVariantPrices, type VariantPricing } from "../utils/plan-variant-prices"

export const repriceVariantsWorkflowId = "reprice-variants"

export type RepriceVariantsWorkflowInput = { variant_ids: string[] }

const VARIANT_PRICE_FIELDS = [
  "id",
  "product.id",
  "product.metadata",
  "price_set.id",
  "price_set.prices.id",
  "price_set.prices.currency_code",
  "price_set.prices.amount",
  "price_set.prices.price_list_id",
  "price_set.prices.rules_count",
  "price_set.prices.min_quantity",
  "price_set.prices.max_quantity",
]

/**
 * Brings the variants' prices in line with their product's JOD price and the current rates. Writes only what
 * differs, so running it again changes nothing.
 */
export const repriceVariantsWorkflow = createWorkflow(
  repriceVariantsWorkflowId,
  (input: RepriceVariantsWorkflowInput) => {
    const rates = loadExchangeRatesStep()
    const { data: variants } = useQueryGraphStep({
      entity: "product_variant",
      fields: VARIANT_PRICE_FIELDS,
      filters: { id: input.variant_ids },
    })
    const plan = transform({ variants, rates }, (data) =>
      planVariantPrices(data.variants as unknown as VariantPricing[], data.rates),
    )
    const writes = transform({ plan }, (data) => data.plan.writes)
    writeVariantPricesStep(writes)

    when({ plan }, (data) => data.plan.unpriced.length > 0).then(() => {
      const newPriceSets = transform({ plan }, (data) =>
        data.plan.unpriced.map((variant) => ({
          prices: variant.prices.map((price) => ({
            currency_code: price.currency_code,
            amount: toMajor(price.amount, price.currency_code),
          })),
        })),
      )
      const priceSets = createPriceSetsStep(newPriceSets)
      const links = transform({ plan, priceSets }, (data) => ({
        links: data.plan.unpriced.map((variant, index) => ({
          variant_id: variant.variant_id,
          price_set_id: data.priceSets[index]?.id as string,
        })),
      }))
      createVariantPricingLinkStep(links)
    })

    const summary = transform({ plan }, (data) => ({
      changed: data.plan.writes.length + data.plan.unpriced.length,
      unchanged: data.plan.unchanged,
      skipped: data.plan.skipped,
    }))
    return new WorkflowResponse(summary)
  },
)
