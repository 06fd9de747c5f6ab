import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { isCustomerDeleted } from "../../../modules/stripe-payment/saved-cards"
import type { StripeEventHandler } from "./types"

/**
 * `customer.deleted`: a buyer's Stripe Customer was deleted on Stripe's side (in the dashboard, or by a data
 * deletion request). Medusa's account holder that points at it is removed, with its link to the buyer, so the
 * buyer's next card payment makes a new Customer instead of naming one Stripe no longer has. Their saved cards
 * went with the Customer.
 */
export const forgetDeletedCustomer: StripeEventHandler = async ({ container, stripe, objectId }) => {
  if (!(await isCustomerDeleted(stripe, objectId))) return "the customer still exists: the deletion is stale"
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "account_holder",
    fields: ["id"],
    filters: { external_id: objectId },
  })
  const ids = (data as { id: string }[]).map((holder) => holder.id)
  if (ids.length === 0) return "no buyer's account holder names this customer"
  const payment = container.resolve(Modules.PAYMENT)
  for (const id of ids) {
    await dismissBuyerLinks(container, id)
    await payment.deleteAccountHolder(id)
  }
  return `removed account holder ${ids.join(", ")}`
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
