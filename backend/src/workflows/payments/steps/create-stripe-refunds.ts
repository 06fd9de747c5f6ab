import { ContainerRegistrationKeys, MathBN, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type StripeRefundInput = { stripe_refund_id: string; amount: number }

type PaymentRecord = {
  id: string
  currency_code: string
  payment_collection_id: string
  captures: { amount: number }[]
  refunds: { id: string; amount: number; metadata: Record<string, unknown> | null }[]
}

type RefundWriter = {
  createRefunds(data: Record<string, unknown>[]): Promise<{ id: string; amount: unknown }[]>
  deleteRefunds(ids: string[]): Promise<void>
  maybeUpdatePaymentCollection_?(paymentCollectionId: string): Promise<void>
}

export type CreatedStripeRefunds = {
  payment_collection_id: string
  currency_code: string
  refunds: { id: string; amount: number }[]
}

export const createStripeRefundsStepId = "create-stripe-refunds"

/**
 * Records refunds made in Stripe on the Medusa payment, without calling Stripe again (the money already moved).
 * Skips a Stripe refund already recorded, and never records more than the payment has left to refund (a JOD
 * charge rounded up to 10 fils can refund a few fils more than Medusa captured).
 */
export const createStripeRefundsStep = createStep(
  createStripeRefundsStepId,
  async (input: { payment_id: string; refunds: StripeRefundInput[] }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "payment",
      fields: [
        "id",
        "currency_code",
        "payment_collection_id",
        "captures.amount",
        "refunds.id",
        "refunds.amount",
        "refunds.metadata",
      ],
      filters: { id: input.payment_id },
    })
    const payment = data[0] as PaymentRecord | undefined
    if (!payment) throw new Error(`Payment ${input.payment_id} was not found`)
    const known = new Set(payment.refunds.map((refund) => refund.metadata?.stripe_refund_id))
    let left = MathBN.sub(
      payment.captures.reduce((sum, capture) => MathBN.add(sum, capture.amount), MathBN.convert(0)),
      payment.refunds.reduce((sum, refund) => MathBN.add(sum, refund.amount), MathBN.convert(0)),
    )
    const rows: Record<string, unknown>[] = []
    for (const refund of input.refunds) {
      if (known.has(refund.stripe_refund_id) || MathBN.lte(left, 0)) continue
      const amount = MathBN.min(refund.amount, left)
      left = MathBN.sub(left, amount)
      rows.push({
        payment: payment.id,
        amount,
        note: `Refunded in Stripe (${refund.stripe_refund_id})`,
        created_by: "stripe",
        metadata: { stripe_refund_id: refund.stripe_refund_id },
      })
    }
    const result: CreatedStripeRefunds = {
      payment_collection_id: payment.payment_collection_id,
      currency_code: payment.currency_code,
      refunds: [],
    }
    if (rows.length === 0) return new StepResponse(result, [] as string[])
    const writer = container.resolve(Modules.PAYMENT) as unknown as RefundWriter
    const created = await writer.createRefunds(rows)
    await writer.maybeUpdatePaymentCollection_?.(payment.payment_collection_id)
    result.refunds = created.map((refund) => ({
      id: refund.id,
      amount: MathBN.convert(refund.amount as number).toNumber(),
    }))
    return new StepResponse(
      result,
      created.map((refund) => refund.id),
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await (container.resolve(Modules.PAYMENT) as unknown as RefundWriter).deleteRefunds(createdIds)
  },
)
