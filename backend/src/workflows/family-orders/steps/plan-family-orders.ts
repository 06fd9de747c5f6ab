import { ContainerRegistrationKeys, MathBN, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { type Currency, currencyCode, toMinor } from "@usra/i18n"
import { convertBetween } from "../../../lib/pricing"
import { PRICING_RATES_MODULE } from "../../../modules/pricing-rates"
import type PricingRatesModuleService from "../../../modules/pricing-rates/service"

export type PlannedFamilyOrder = {
  family_id: string
  family_name_ar: string
  family_name_en: string
  member_emails: string[]
  order_id: string
  display_id: string
  currency_code: string
  item_count: number
  subtotal: number
  /** The subtotal in JOD fils at the ministry's rate now, when the order is placed: what the family is paid on. */
  subtotal_jod: number
  /** The rate used: order-currency units per 1 JOD ("1" for JOD). */
  exchange_rate: string
  items: {
    line_item_id: string
    product_id: string
    variant_id: string | null
    title: string
    quantity: number
    unit_price: number
  }[]
}

export const planFamilyOrdersStepId = "plan-family-orders"

/**
 * Groups a placed order's lines by the family that makes each product, and locks each share's JOD value at the
 * ministry's current rate. Reads only.
 */
export const planFamilyOrdersStep = createStep(
  planFamilyOrdersStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    // The order module computes each line's quantity from its order item; a plain graph read of items does not.
    const order = await container
      .resolve(Modules.ORDER)
      .retrieveOrder(input.order_id, { relations: ["items"] })
      .catch(() => {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order "${input.order_id}" was not found`)
      })
    type Line = {
      id: string
      product_id: string | null
      variant_id: string | null
      title: string
      quantity: unknown
      unit_price: unknown
    }
    const items = ((order.items ?? []) as Line[]).filter((item) => Boolean(item?.product_id))
    const productIds = [...new Set(items.map((item) => item.product_id as string))]
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "family.id", "family.name_ar", "family.name_en", "family.members.email"],
      filters: { id: productIds },
    })
    const familyOf = new Map(products.map((product) => [product.id, product.family]))
    const plans = new Map<string, PlannedFamilyOrder>()
    for (const item of items) {
      const family = familyOf.get(item.product_id as string)
      if (!family) continue
      const plan =
        plans.get(family.id) ??
        ({
          family_id: family.id,
          family_name_ar: family.name_ar,
          family_name_en: family.name_en,
          member_emails: (family.members ?? []).map((member: { email: string }) => member.email),
          order_id: order.id,
          display_id: String(order.display_id),
          currency_code: order.currency_code,
          item_count: 0,
          subtotal: 0,
          subtotal_jod: 0,
          exchange_rate: "1",
          items: [] as PlannedFamilyOrder["items"],
        } satisfies PlannedFamilyOrder)
      // Medusa's amounts are big numbers in major units; ours are integers in minor units.
      const unitPrice = toMinor(MathBN.convert(item.unit_price as number).toNumber(), order.currency_code)
      const quantity = MathBN.convert(item.quantity as number).toNumber()
      plan.items.push({
        line_item_id: item.id,
        product_id: item.product_id as string,
        variant_id: item.variant_id ?? null,
        title: item.title,
        quantity,
        unit_price: unitPrice,
      })
      plan.item_count += quantity
      plan.subtotal += unitPrice * quantity
      plans.set(family.id, plan)
    }
    const rates = await container.resolve<PricingRatesModuleService>(PRICING_RATES_MODULE).currentRates()
    const currency: Currency = currencyCode(order.currency_code)
    for (const plan of plans.values()) {
      plan.exchange_rate = rates[currency]
      plan.subtotal_jod = convertBetween(plan.subtotal, currency, "JOD", rates)
    }
    return new StepResponse([...plans.values()])
  },
)
