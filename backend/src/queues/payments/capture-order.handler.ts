import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { STRIPE_PAYMENT_PROVIDER_ID } from "../../modules/stripe-payment"
import type { JobHandler } from "../define-job"
import type { captureOrderPaymentsJob } from "./capture-order"

type OrderPayment = { id: string; provider_id: string; captured_at: unknown; canceled_at: unknown }

/**
 * Captures the order's authorized card payments. Safe to run again: a payment Medusa already counts as captured
 * is skipped, two captures of one payment are serialized by Medusa's row lock (the second is refused), and the
 * Stripe call is keyed by Medusa's capture id.
 */
export const captureOrderPayments: JobHandler<typeof captureOrderPaymentsJob.payload> = async ({
  payload,
  container,
}) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: payload.order_id },
  })
  const payments = ((data[0]?.payment_collections ?? []) as { payments?: OrderPayment[] }[])
    .flatMap((collection) => collection?.payments ?? [])
    .filter((payment) => payment.provider_id === STRIPE_PAYMENT_PROVIDER_ID)
  const captured: string[] = []
  for (const payment of payments) {
    if (payment.captured_at || payment.canceled_at) continue
    await capturePaymentWorkflow(container).run({
      input: { payment_id: payment.id, captured_by: "usra-capture-job" },
    })
    captured.push(payment.id)
  }
  return { captured }
}
