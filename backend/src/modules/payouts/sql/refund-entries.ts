import { commissionReturned } from "../../../lib/payouts/commission"
import type { Sql } from "../../../lib/sql"
import type { NewLedgerEntry } from "./ledger"

export type RefundRow = { id: string; amount_jod: number; reason: string; created_at: Date }

/** A family order's refunds in the order they were made (the order commission hand-backs are computed in). */
export function refundsOfFamilyOrder(sql: Sql, familyId: string, orderId: string) {
  return sql<RefundRow>(
    `select id, amount_jod, reason, created_at from family_refund
      where family_id = ? and order_id = ? and deleted_at is null order by created_at, id`,
    [familyId, orderId],
  )
}

/**
 * The entries one refund books once the sale is in the ledger: the refund itself (as a `clawback` when a payout
 * already covered the sale) and the commission handed back on it.
 */
export function refundEntries(input: {
  family_id: string
  order_id: string
  display_id: string
  refund: RefundRow
  refunded_before: number
  sale: number
  commission: number
  clawback: boolean
  job?: string | null
}): NewLedgerEntry[] {
  const { refund } = input
  const base = { family_id: input.family_id, order_id: input.order_id, reference: refund.id }
  const entries: NewLedgerEntry[] = [
    input.clawback
      ? {
          ...base,
          kind: "clawback",
          amount: -refund.amount_jod,
          description_ar: `استرداد بعد الدفع للطلب ${input.display_id}: ${refund.reason}`,
          description_en: `Refund after payout, order ${input.display_id}: ${refund.reason}`,
          created_by_job: input.job ?? null,
        }
      : {
          ...base,
          kind: "refund",
          amount: -refund.amount_jod,
          description_ar: `استرداد للطلب ${input.display_id}: ${refund.reason}`,
          description_en: `Refund, order ${input.display_id}: ${refund.reason}`,
          created_by_job: input.job ?? null,
        },
  ]
  const back = commissionReturned(input.sale, input.commission, input.refunded_before, refund.amount_jod)
  if (back !== 0) {
    entries.push({
      ...base,
      kind: "commission",
      amount: back,
      description_ar: `إعادة العمولة على الاسترداد للطلب ${input.display_id}`,
      description_en: `Commission returned on the refund, order ${input.display_id}`,
      created_by_job: input.job ?? null,
    })
  }
  return entries
}
