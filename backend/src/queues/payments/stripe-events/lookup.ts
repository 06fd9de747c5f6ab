import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type SessionRecord = {
  id: string
  status: string
  amount: number
  currency_code: string
  data: Record<string, unknown> | null
  payment_collection_id: string
  payment: {
    id: string
    captured_at: string | null
    canceled_at: string | null
    captures: { id: string }[] | null
  } | null
}

/** The Medusa payment session a PaymentIntent was created for (its `metadata.session_id`), with its payment. */
export async function findPaymentSession(
  container: MedusaContainer,
  sessionId: string | undefined,
): Promise<SessionRecord | undefined> {
  if (!sessionId) return undefined
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "payment_session",
    fields: [
      "id",
      "status",
      "amount",
      "currency_code",
      "data",
      "payment_collection_id",
      "payment.id",
      "payment.captured_at",
      "payment.canceled_at",
      "payment.captures.id",
    ],
    filters: { id: sessionId },
  })
  return data[0] as SessionRecord | undefined
}

/** The order a payment collection pays for, once the cart is completed. */
export async function findOrderOfCollection(
  container: MedusaContainer,
  paymentCollectionId: string,
): Promise<{ id: string; display_id: number } | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order.id", "order.display_id"],
    filters: { payment_collection_id: paymentCollectionId },
  })
  return (data[0] as { order?: { id: string; display_id: number } } | undefined)?.order ?? undefined
}
