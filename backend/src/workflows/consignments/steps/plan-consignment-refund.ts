import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toMinor } from "@usra/i18n"
import { isLive } from "../../../lib/consignments/transitions"
import { ConflictError } from "../../../lib/errors/conflict-error"
import { consignmentsService, itemsOf } from "../utils/services"

export type ConsignmentRefundPlan = {
  /** `items`: refund this consignment's lines; `order`: nothing is left to send, cancel and refund the order. */
  mode: "items" | "order"
  payment_id: string | null
  /** Medusa's major units, for the refund workflow. */
  amount: number
  /** What the buyer gets back, in minor units, for the message. */
  amount_minor: number
  currency_code: string
  line_item_ids: string[]
  already_refunded: boolean
  order_canceled: boolean
}

type Payment = {
  id: string
  captured_at: string | null
  canceled_at: string | null
  captures: { amount: number }[] | null
  refunds: { id: string; amount: number; metadata: Record<string, unknown> | null }[] | null
}

const sum = (values: unknown[]) =>
  values.reduce((acc: number, value) => MathBN.add(acc, value as number).toNumber(), 0)

export const planConsignmentRefundStepId = "plan-consignment-refund"

/**
 * What cancelling (or rejecting) a consignment gives back: its own lines' totals as a partial refund of the card
 * payment while other consignments still go to the buyer, or the whole order (shipping too) when none does.
 * Knows when this consignment was already refunded (a refund carries its id in metadata). Reads only.
 */
export const planConsignmentRefundStep = createStep(
  planConsignmentRefundStepId,
  async (input: { consignment_id: string; order_id: string }, { container }) => {
    const consignments = await consignmentsService(container).listConsignments({ order_id: input.order_id })
    const consignment = consignments.find((row) => row.id === input.consignment_id)
    const lineIds = itemsOf(consignment?.items).map((item) => item.line_item_id)
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order",
      fields: [
        "id",
        "status",
        "currency_code",
        // Asking for the order's total makes the order module compute every line's total as well.
        "total",
        "items.id",
        "items.total",
        "payment_collections.payments.id",
        "payment_collections.payments.captured_at",
        "payment_collections.payments.canceled_at",
        "payment_collections.payments.captures.amount",
        "payment_collections.payments.refunds.id",
        "payment_collections.payments.refunds.amount",
        "payment_collections.payments.refunds.metadata",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as unknown as {
      status: string
      currency_code: string
      items: { id: string; total: unknown }[]
      payment_collections: { payments: Payment[] | null }[] | null
    }
    const payments = (order.payment_collections ?? []).flatMap((collection) => collection?.payments ?? [])
    const payment = payments.find((row) => row?.captured_at && !row.canceled_at)
    const refunds = payment?.refunds ?? []
    const mode = consignments.some((row) => isLive(row.status)) ? "items" : "order"
    const currency = order.currency_code
    let amount = 0
    if (mode === "items") {
      if (!payment) {
        throw new ConflictError(
          `The card payment of this order is not captured yet, so its items cannot be refunded; try again shortly`,
        )
      }
      amount = sum(order.items.filter((item) => lineIds.includes(item.id)).map((item) => item.total))
    } else if (payment) {
      amount = MathBN.sub(
        sum((payment.captures ?? []).map((capture) => capture.amount)),
        sum(refunds.map((refund) => refund.amount)),
      ).toNumber()
    }
    const plan: ConsignmentRefundPlan = {
      mode,
      payment_id: payment?.id ?? null,
      amount,
      amount_minor: toMinor(String(amount), currency),
      currency_code: currency,
      line_item_ids: lineIds,
      already_refunded: refunds.some((refund) => refund.metadata?.consignment_id === input.consignment_id),
      order_canceled: order.status === "canceled",
    }
    return new StepResponse(plan)
  },
)
