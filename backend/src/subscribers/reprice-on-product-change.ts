import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PRICING_RATES_MODULE } from "../modules/pricing-rates"
import type PricingRatesModuleService from "../modules/pricing-rates/service"
import { isQueueUnavailableError } from "../modules/queue/errors"
import { enqueueRepriceProduct } from "../queues/pricing/enqueue-reprice-product"
import {
  isPlanEmpty,
  planVariantPrices,
  type VariantPricing,
} from "../workflows/pricing/utils/plan-variant-prices"

const PRODUCT_PRICE_FIELDS = [
  "id",
  "updated_at",
  "metadata",
  "variants.id",
  "variants.price_set.id",
  "variants.price_set.prices.id",
  "variants.price_set.prices.currency_code",
  "variants.price_set.prices.amount",
  "variants.price_set.prices.price_list_id",
  "variants.price_set.prices.rules_count",
  "variants.price_set.prices.min_quantity",
  "variants.price_set.prices.max_quantity",
]

/**
 * Queues a reprice when a product's stored prices no longer follow its JOD price (metadata.price_jod_fils),
 * e.g. after a family changed it. Only reads and enqueues: a title edit queues nothing, and the reprice itself
 * leaves nothing to do, so it never loops.
 */
export default async function repriceOnProductChange({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: PRODUCT_PRICE_FIELDS,
    filters: { id: event.data.id },
  })
  const product = data[0]
  if (!product) return
  const rates = await container.resolve<PricingRatesModuleService>(PRICING_RATES_MODULE).currentRates()
  const variants = ((product.variants ?? []) as VariantPricing[]).map((variant) => ({ ...variant, product }))
  if (isPlanEmpty(planVariantPrices(variants, rates))) return
  try {
    await enqueueRepriceProduct(container, { id: product.id, updated_at: product.updated_at as Date })
  } catch (error) {
    if (!isQueueUnavailableError(error)) throw error
    const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
    logger.warn(`Product ${product.id} keeps its old prices until the next reprice: ${error.message}`)
  }
}

export const config: SubscriberConfig = { event: ["product.created", "product.updated"] }
