import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { readExchangeRates } from "../exchange-rates/read-exchange-rates"
import { readRateCards } from "../shipping-rates/read-rate-cards"

type Scope = Pick<MedusaContainer, "resolve">
type Loader = (scope: Scope, id: string | null) => Promise<unknown>

/** One row of an entity with only the fields a decision changes; null when there is no such row. */
function row(entity: string, fields: string[]): Loader {
  return async (scope, id) => {
    if (!id) return null
    const { data } = await scope
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity, fields, filters: { id } })
    return data[0] ?? null
  }
}

/**
 * The state of what an admin route changes, read before the route runs and again after it answered. Keyed by
 * the route's resource (the path segment after /admin). Resources without a snapshot are still recorded, with
 * the request and the answer's status but no before/after.
 */
export const SNAPSHOTS: Record<string, Loader> = {
  families: row("family", ["id", "name_en", "status", "submitted_at", "approved_at"]),
  consignments: row("consignment", [
    "id",
    "code",
    "status",
    "received_at",
    "received_by",
    "rejected_at",
    "rejected_by",
    "rejection_reason",
    "cancelled_at",
  ]),
  shipments: row("shipment", [
    "id",
    "status",
    "carrier",
    "tracking_number",
    "shipped_at",
    "delivered_at",
    "returned_at",
  ]),
  "payout-batches": row("payout_batch", [
    "id",
    "status",
    "approved_by",
    "approved_at",
    "paid_at",
    "paid_by",
    "bank_reference",
    "total",
    "count",
  ]),
  payouts: row("payout", ["id", "status", "amount", "failure_reason", "bank_reference", "paid_at"]),
  "family-orders": row("family_order", ["id", "status", "subtotal", "subtotal_jod"]),
  listings: async (scope, id) => {
    const product = (await row("product", ["id", "title", "status", "metadata"])(scope, id)) as {
      id: string
      title: string
      status: string
      metadata?: Record<string, unknown> | null
    } | null
    if (!product) return null
    return {
      id: product.id,
      title: product.title,
      status: product.status,
      listing_status: product.metadata?.listing_status ?? null,
      review_reason: product.metadata?.listing_review_reason ?? null,
    }
  },
  "exchange-rates": async (scope) => ({ exchange_rates: await readExchangeRates(scope as MedusaContainer) }),
  "shipping-rates": async (scope) => ({ shipping_rates: await readRateCards(scope as MedusaContainer) }),
  "commission-rules": async (scope) => {
    const { data } = await scope.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "commission_rule",
      fields: ["id", "category_id", "rate_bps"],
      filters: { active: true },
    })
    return { active_rules: data }
  },
}
