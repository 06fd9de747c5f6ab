import { expect } from "vitest"
import { bearer, type Seller, staffToken } from "./actors"
import { captured, cardCartWith, completeCart, payByCard } from "./card-checkout"
import { api, asAdmin, withDb } from "./context"
import { approvedFamily, type Listing, publishedProduct } from "./listings"
import { rawQueue } from "./queue"
import { waitFor } from "./wait-for"

/**
 * Money for the payouts suites without the consignment flow: a family of its own with a product, a buyer's card
 * order of it (captured through the Stripe emulator), and its release run directly as the payouts job.
 */

// A valid Jordanian IBAN (the Central Bank of Jordan's published example).
export const VALID_IBAN = "JO94CBJO0010000000000131000302"

export type SellingFamily = Seller & { product: Listing }

/** An approved family (its own login) with one published product priced in JOD. */
export async function sellingFamily(
  label: string,
  priceFils = 20_000,
  product_fields: Record<string, unknown> = {},
): Promise<SellingFamily> {
  const seller = await approvedFamily(label)
  const product = await publishedProduct(seller, { price_jod_fils: priceFils, stock: 50, ...product_fields })
  return { ...seller, product }
}

export type FamilyOrderRow = {
  id: string
  order_id: string
  family_id: string
  display_id: string
  currency_code: string
  subtotal: number
  subtotal_jod: number | null
  exchange_rate: string | null
  status: string
}

export const familyOrderOf = (orderId: string, familyId: string) =>
  withDb(async (db) => {
    const { rows } = await db.query(
      "select * from family_order where order_id = $1 and family_id = $2 and deleted_at is null",
      [orderId, familyId],
    )
    return rows[0] as FamilyOrderRow | undefined
  })

/** A buyer pays by card for the products (one each); waits for the capture and the family's child order. */
export async function paidOrderOf(
  handles: string[],
  familyId: string,
  { currency = "jod", country = "jo" }: { currency?: string; country?: string } = {},
) {
  const { cartId, collectionId } = await cardCartWith(currency, country, handles, "payout-buyer@example.com")
  const paid = await payByCard(collectionId, "pm_card_visa")
  expect(paid.status, JSON.stringify(paid.body)).toBe(200)
  const completed = await completeCart(cartId)
  expect(completed.body.type, JSON.stringify(completed.body)).toBe("order")
  const order = completed.body.order as { id: string; display_id: number }
  await captured(order.id)
  const familyOrder = await waitFor(() => familyOrderOf(order.id, familyId), {
    what: `the child order of ${familyId}`,
  })
  return { order, familyOrder }
}

/** The "delivered" family order of a new card order of the family's product (no consignment flow needed). */
export async function deliveredFamilyOrder(
  family: SellingFamily,
  options?: { currency?: string; country?: string },
) {
  return (await paidOrderOf([family.product.handle], family.familyId, options)).familyOrder
}

const releaseJobId = (orderId: string, familyId: string) => `release-funds-${orderId}-${familyId}`

/** Adds the release job as the fulfilment queue would on delivery (no delay) and waits for it to finish. */
export async function releaseNow(orderId: string, familyId: string) {
  const queue = rawQueue("payouts")
  try {
    const jobId = releaseJobId(orderId, familyId)
    await queue.add("release-family-funds", { order_id: orderId, family_id: familyId }, { jobId })
    return await finishedJob(queue, jobId)
  } finally {
    await queue.close()
  }
}

/** Waits until a job is completed (failing the test if it failed) and returns its return value. */
export async function finishedJob(queue: ReturnType<typeof rawQueue>, jobId: string) {
  return waitFor(
    async () => {
      const job = await queue.getJob(jobId)
      const state = await job?.getState()
      if (state === "failed") throw new Error(`job ${jobId} failed: ${job?.failedReason}`)
      return state === "completed" ? ((job?.returnvalue as unknown) ?? true) : undefined
    },
    { what: `job ${jobId}`, timeoutMs: 60_000 },
  ).catch((error: Error) => {
    throw new Error(error.message)
  })
}

export type LedgerRow = { kind: string; amount: number; reference: string; order_id: string }

export const ledgerOf = (familyId: string) =>
  withDb(async (db) => {
    const { rows } = await db.query(
      "select kind, amount, reference, order_id from ledger_entry where family_id = $1 and deleted_at is null order by created_at, id",
      [familyId],
    )
    return rows as LedgerRow[]
  })

export const balanceOf = async (familyId: string) =>
  (await ledgerOf(familyId)).reduce((sum, row) => sum + row.amount, 0)

export async function setBankAccount(seller: Seller, account: Record<string, string> = { iban: VALID_IBAN }) {
  const response = await api("/seller/payout-account", {
    method: "POST",
    headers: bearer(seller.token),
    body: { account_holder_name: "Umm Salem Haddad", ...account },
  })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body.payout_account as Record<string, unknown>
}

let financeToken: string | undefined
export async function finance(): Promise<Record<string, string>> {
  financeToken ??= await staffToken("finance")
  return bearer(financeToken)
}

export type RunView = {
  id: string
  status: string
  payout_count: number
  skipped_family_ids: string[] | null
}

/** Starts a payout run as finance and waits for its job to finish. */
export async function runPayouts(threshold: number): Promise<RunView> {
  const started = await api("/admin/payout-runs", {
    method: "POST",
    headers: await finance(),
    body: { threshold },
  })
  expect(started.status, JSON.stringify(started.body)).toBe(202)
  const run = started.body.payout_run as RunView
  const queue = rawQueue("payouts")
  try {
    await finishedJob(queue, (started.body.job as { job_id: string }).job_id)
  } finally {
    await queue.close()
  }
  const runs = await api("/admin/payout-runs?limit=100", { headers: asAdmin() })
  return (runs.body.payout_runs as RunView[]).find((row) => row.id === run.id) as RunView
}

export type PayoutRow = {
  id: string
  family_id: string
  run_id: string
  batch_id: string | null
  amount: number
  rail: string
  status: string
  stripe_transfer_id: string | null
  stripe_reversal_id: string | null
}

export const payoutsOf = (familyId: string) =>
  withDb(async (db) => {
    const { rows } = await db.query(
      "select * from payout where family_id = $1 and deleted_at is null order by created_at",
      [familyId],
    )
    return rows as PayoutRow[]
  })

/** Messages the notifications queue wrote for these recipients with this template. */
export const outboxFor = (template: string, email: string) =>
  withDb(async (db) => {
    const { rows } = await db.query(
      "select params, recipient from notification_outbox where template = $1 and recipient = $2",
      [template, email],
    )
    return rows as { params: Record<string, unknown>; recipient: string }[]
  })
