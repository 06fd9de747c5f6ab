import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toMajor } from "@usra/i18n"
import { ConflictError } from "../../../lib/errors/conflict-error"
import { share } from "../../../lib/payouts/commission"
import { convertBetween } from "../../../lib/pricing"
import { FAMILY_ORDERS_MODULE } from "../../../modules/family-orders"
import type FamilyOrdersModuleService from "../../../modules/family-orders/service"
import { PRICING_RATES_MODULE } from "../../../modules/pricing-rates"
import type PricingRatesModuleService from "../../../modules/pricing-rates/service"
import { payoutsService } from "../utils/payouts-service"

export type PlannedFamilyRefund = {
  family_order_id: string
  family_id: string
  order_id: string
  display_id: string
  currency_code: string
  amount: number
  amount_major: number
  amount_jod: number
  payment_id: string
}

export const validateFamilyRefundStepId = "validate-family-refund"

type PaymentRow = { id: string; captured_at: string | null; canceled_at: string | null }

/**
 * A refund of part of a family's share: never more than what is left of it (400 saying how much is left), never
 * on a cancelled share (409), and only on an order whose card payment was captured. Reads only.
 */
export const validateFamilyRefundStep = createStep(
  validateFamilyRefundStepId,
  async (input: { family_order_id: string; amount: number }, { container }) => {
    const [familyOrder] = await container
      .resolve<FamilyOrdersModuleService>(FAMILY_ORDERS_MODULE)
      .listFamilyOrders({ id: input.family_order_id })
    if (!familyOrder) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Family order "${input.family_order_id}" was not found`,
      )
    }
    if (familyOrder.status === "canceled") {
      throw new ConflictError(
        `Family order ${familyOrder.id} was cancelled (its items were already refunded); nothing is left to refund`,
      )
    }
    const refunds = await payoutsService(container).listFamilyRefunds(
      { family_order_id: familyOrder.id },
      { select: ["amount"] },
    )
    const left = familyOrder.subtotal - refunds.reduce((sum, refund) => sum + refund.amount, 0)
    const currency = familyOrder.currency_code.toUpperCase()
    if (input.amount > left) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `amount: at most ${left} (${currency} minor units) is left to refund on this family order; ${input.amount} was asked`,
      )
    }
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: [
        "id",
        "payment_collections.payments.id",
        "payment_collections.payments.captured_at",
        "payment_collections.payments.canceled_at",
      ],
      filters: { id: familyOrder.order_id },
    })
    const payments = ((data[0]?.payment_collections ?? []) as { payments?: PaymentRow[] }[]).flatMap(
      (collection) => collection?.payments ?? [],
    )
    const payment = payments.find((row) => row?.captured_at && !row.canceled_at)
    if (!payment) {
      throw new ConflictError(`Order ${familyOrder.order_id} has no captured payment to refund yet`)
    }
    const planned: PlannedFamilyRefund = {
      family_order_id: familyOrder.id,
      family_id: familyOrder.family_id,
      order_id: familyOrder.order_id,
      display_id: `#${familyOrder.display_id}`,
      currency_code: familyOrder.currency_code,
      amount: input.amount,
      amount_major: toMajor(input.amount, familyOrder.currency_code),
      // At the rate locked with the order, so a full refund takes back exactly what the sale booked.
      amount_jod:
        familyOrder.subtotal_jod === null || familyOrder.subtotal_jod === undefined
          ? convertBetween(
              input.amount,
              familyOrder.currency_code,
              "JOD",
              await container.resolve<PricingRatesModuleService>(PRICING_RATES_MODULE).currentRates(),
            )
          : share(input.amount, familyOrder.subtotal_jod, familyOrder.subtotal),
      payment_id: payment.id,
    }
    return new StepResponse(planned)
  },
)
