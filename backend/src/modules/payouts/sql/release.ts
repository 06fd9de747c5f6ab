import { lockKey, type Sql } from "../../../lib/sql"
import { entriesOfOrder, insertEntries, type NewLedgerEntry } from "./ledger"
import { refundEntries, refundsOfFamilyOrder } from "./refund-entries"

export type ReleaseInput = {
  family_id: string
  order_id: string
  display_id: string
  /** The family's share of the order in fils, at the rate locked when it was placed. */
  sale: number
  /** Commission on the whole sale in fils (a positive number). */
  commission: number
  job_id?: string | null
}

/** Serialises the release of a family's share of an order with refunds of it. */
export const orderLockKey = (familyId: string, orderId: string) => `ledger-${familyId}-${orderId}`

/**
 * Books the sale, its commission and every refund made before release, in one transaction. Entries already there
 * are kept, so a release that runs again books nothing new.
 */
export async function releaseEntries(sql: Sql, input: ReleaseInput) {
  await lockKey(sql, orderLockKey(input.family_id, input.order_id))
  const before = await entriesOfOrder(sql, input.family_id, input.order_id)
  // Already released: refunds still to book are computed against what was booked, not today's numbers.
  const sale = before.find((entry) => entry.kind === "sale")?.amount ?? input.sale
  const commission = -(
    before.find((entry) => entry.kind === "commission" && entry.reference === "")?.amount ?? -input.commission
  )
  const base = { family_id: input.family_id, order_id: input.order_id, created_by_job: input.job_id ?? null }
  const entries: NewLedgerEntry[] = [
    {
      ...base,
      kind: "sale",
      amount: input.sale,
      description_ar: `مبيعات الطلب ${input.display_id}`,
      description_en: `Sale, order ${input.display_id}`,
    },
  ]
  if (input.commission > 0) {
    entries.push({
      ...base,
      kind: "commission",
      amount: -input.commission,
      description_ar: `عمولة المنصة على الطلب ${input.display_id}`,
      description_en: `Platform commission, order ${input.display_id}`,
    })
  }
  let refundedBefore = 0
  const booked = new Set(before.map((entry) => entry.reference).filter(Boolean))
  for (const refund of await refundsOfFamilyOrder(sql, input.family_id, input.order_id)) {
    if (!booked.has(refund.id)) {
      entries.push(
        ...refundEntries({
          family_id: input.family_id,
          order_id: input.order_id,
          display_id: input.display_id,
          refund,
          refunded_before: refundedBefore,
          sale,
          commission,
          clawback: false,
          job: input.job_id,
        }),
      )
    }
    refundedBefore += refund.amount_jod
  }
  const written = await insertEntries(sql, entries)
  return { already_released: before.some((entry) => entry.kind === "sale"), written }
}
