import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { StripeEventHandler } from "./types"

/**
 * `customer.deleted`: a buyer's Stripe Customer was deleted on Stripe's side (in the dashboard, or by a data
 * deletion request). Medusa's account holder that points at it is removed, with its link to the buyer, so the
 * buyer's next card payment makes a new Customer instead of naming one Stripe no longer has. Their saved cards
 * went with the Customer.
 */
export const forgetDeletedCustomer: StripeEventHandler = async ({ container, stripe, objectId }) => {
  const customer = await stripe.customers.retrieve(objectId)
  if (!("deleted" in customer && customer.deleted)) return "the customer still exists: the deletion is stale"
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: holders } = await query.graph({
    entity: "account_holder",
    fields: ["id"],
    filters: { external_id: objectId },
  })
  if (holders.length === 0) return "no buyer's account holder names this customer"
  const payment = container.resolve(Modules.PAYMENT)
  for (const holder of holders as { id: string }[]) {
    await dismissBuyerLinks(container, holder.id)
    await payment.deleteAccountHolder(holder.id)
  }
  return `removed account holder ${holders.map((holder: { id: string }) => holder.id).join(", ")}`
}

async function dismissBuyerLinks(container: MedusaContainer, accountHolderId: string): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer_account_holder",
    fields: ["customer_id", "account_holder_id"],
    filters: { account_holder_id: accountHolderId },
  })
  if (data.length === 0) return
  await container.resolve(ContainerRegistrationKeys.LINK).dismiss(
    data.map((row: { customer_id: string }) => ({
      [Modules.CUSTOMER]: { customer_id: row.customer_id },
      [Modules.PAYMENT]: { account_holder_id: accountHolderId },
    })),
  )
}
