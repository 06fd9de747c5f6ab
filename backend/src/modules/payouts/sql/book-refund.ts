import { lockKey, type Sql } from "../../../lib/sql"
import { entriesOfOrder, insertEntries } from "./ledger"
import { refundEntries, refundsOfFamilyOrder } from "./refund-entries"
import { orderLockKey } from "./release"

export type RefundBooking = "awaiting_release" | "already_booked" | "refund" | "clawback"

/**
 * Books a refund made after the family's funds were released: a `refund` entry, or a `clawback` when a payout
 * already took the sale out of the balance (the next payout deducts it, since the balance is a sum). Before
 * release nothing is booked here: the release books the refund with the sale.
 */
export async function bookRefundEntries(sql: Sql, refundId: string): Promise<RefundBooking> {
  const [refund] = await sql<{ family_id: string; order_id: string; display_id: string }>(
    "select family_id, order_id, display_id from family_refund where id = ? and deleted_at is null",
    [refundId],
  )
  if (!refund) throw new Error(`Refund ${refundId} was not found`)
  await lockKey(sql, orderLockKey(refund.family_id, refund.order_id))
  const before = await entriesOfOrder(sql, refund.family_id, refund.order_id)
  const sale = before.find((entry) => entry.kind === "sale")
  if (!sale) return "awaiting_release"
  if (before.some((entry) => entry.reference === refundId && entry.kind !== "commission"))
    return "already_booked"
  const refunds = await refundsOfFamilyOrder(sql, refund.family_id, refund.order_id)
  const index = refunds.findIndex((row) => row.id === refundId)
  const row = refunds[index]
  if (!row) throw new Error(`Refund ${refundId} was not found`)
  const refundedBefore = refunds.slice(0, index).reduce((sum, earlier) => sum + earlier.amount_jod, 0)
  const commission = -(
    before.find((entry) => entry.kind === "commission" && entry.reference === "")?.amount ?? 0
  )
  const [covered] = await sql<{ paid: boolean }>(
    `select exists (select 1 from payout where family_id = ? and deleted_at is null
                      and status in ('pending', 'approved', 'sent', 'paid') and created_at > ?) as paid`,
    [refund.family_id, sale.created_at],
  )
  const clawback = Boolean(covered?.paid)
  await insertEntries(
    sql,
    refundEntries({
      family_id: refund.family_id,
      order_id: refund.order_id,
      display_id: refund.display_id,
      refund: row,
      refunded_before: refundedBefore,
      sale: sale.amount,
      commission,
      clawback,
    }),
  )
  return clawback ? "clawback" : "refund"
}
