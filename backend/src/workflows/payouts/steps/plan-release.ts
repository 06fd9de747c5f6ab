import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { commissionOf } from "../../../lib/payouts/commission"
import { convertBetween } from "../../../lib/pricing"
import { FAMILY_ORDERS_MODULE } from "../../../modules/family-orders"
import type FamilyOrdersModuleService from "../../../modules/family-orders/service"
import type { ReleaseInput } from "../../../modules/payouts/sql/release"
import { PRICING_RATES_MODULE } from "../../../modules/pricing-rates"
import type PricingRatesModuleService from "../../../modules/pricing-rates/service"
import { commissionLines, type SaleLine } from "../utils/commission-lines"
import { payoutsService } from "../utils/payouts-service"

export const planReleaseStepId = "plan-release"

/**
 * What releasing a family's share of an order books: the sale at the locked JOD amount and the commission by
 * each product's category rule. Null for a cancelled family order (nothing to release). Reads only.
 */
export const planReleaseStep = createStep(
  planReleaseStepId,
  async (input: { order_id: string; family_id: string; job_id?: string | null }, { container }) => {
    const [familyOrder] = await container
      .resolve<FamilyOrdersModuleService>(FAMILY_ORDERS_MODULE)
      .listFamilyOrders({ order_id: input.order_id, family_id: input.family_id })
    if (!familyOrder) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Family ${input.family_id} has no share of order ${input.order_id}`,
      )
    }
    if (familyOrder.status === "canceled") return new StepResponse(null as ReleaseInput | null)
    // Orders split before rates were locked are converted at today's rate.
    const sale =
      familyOrder.subtotal_jod ??
      convertBetween(
        familyOrder.subtotal,
        familyOrder.currency_code,
        "JOD",
        await container.resolve<PricingRatesModuleService>(PRICING_RATES_MODULE).currentRates(),
      )
    const lines = ((familyOrder.items ?? []) as unknown as SaleLine[]).filter((line) => line.product_id)
    const { data: products } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "product",
      fields: ["id", "categories.id"],
      filters: { id: [...new Set(lines.map((line) => line.product_id))] },
    })
    const categoriesOf = new Map(
      products.map((product) => [
        product.id as string,
        ((product.categories ?? []) as { id: string }[]).map((category) => category.id),
      ]),
    )
    const rates = await payoutsService(container).activeCommissionRates()
    const release: ReleaseInput = {
      family_id: input.family_id,
      order_id: input.order_id,
      display_id: `#${familyOrder.display_id}`,
      sale,
      commission: commissionOf(commissionLines(sale, lines, categoriesOf, rates)),
      job_id: input.job_id ?? null,
    }
    return new StepResponse(release as ReleaseInput | null)
  },
)
