import { randomBytes } from "node:crypto"
import { expect } from "vitest"
import { bearer, type Seller, staffToken } from "./actors"
import { captured, cardCartWith, completeCart, payByCard } from "./card-checkout"
import { buyer, openedConsignments, promoteAndWait } from "./consignments"
import { api, withDb, withPublishableKey } from "./context"
import { markReady, receiveAll, shipAndDeliver } from "./lifecycle"
import { approvedFamily } from "./listings"
import {
  familyOrderOf,
  finance,
  finishedJob,
  type SellingFamily,
  sellingFamily,
  setBankAccount,
} from "./payouts"
import { rawQueue } from "./queue"
import { payAsBuyer, savedCards } from "./saved-cards"
import { cartWith } from "./shipping"
import { waitFor } from "./wait-for"

/**
 * Real rows of every kind a /seller, /admin or /store route takes an id of, all belonging to one family ("A")
 * and one buyer, built through the real API, queue and Stripe emulator; and a second family ("B") with nothing.
 * The security suites fill every path param from here, so a route never gets away with a 404 on a made-up id.
 */
export type SecurityFixture = {
  a: SellingFamily & { name_en: string; name_ar: string; handle: string }
  b: Seller
  buyer: { email: string; token: string }
  /** Delivered, reviewed, released and paid out. */
  deliveredOrder: { id: string; display_id: number }
  /** Paid; its consignment still waits for the family's drop-off. */
  openOrder: { id: string; display_id: number }
  familyOrderId: string
  openFamilyOrderId: string
  /** Waiting for drop-off (so every consignment action would still apply to it). */
  consignment: { id: string; code: string }
  deliveredConsignment: { id: string; code: string }
  shipmentId: string
  lineItemId: string
  reviewId: string
  documentId: string
  inviteEmail: string
  payoutId: string
  batchId: string
  runId: string
  /** A BullMQ job id the queue still knows (the payout run's). */
  jobId: string
  failedJobId: string
  cartId: string
  ledgerIds: string[]
  /** The buyer's saved card (saved when paying for the open order). */
  savedCardId: string
}

const marker = () => randomBytes(3).toString("hex")

/** A paid card order of these products (one each), the buyer's own cart; waits for the capture. */
async function cardOrderOf(handles: string[], customer: { email: string; token: string }, saveCard = false) {
  const { cartId, collectionId } = await cardCartWith("eur", "de", handles, customer.email)
  const mine = await api(`/store/carts/${cartId}/customer`, {
    method: "POST",
    headers: { ...withPublishableKey(), ...bearer(customer.token) },
  })
  expect(mine.status, JSON.stringify(mine.body)).toBe(200)
  const paid = saveCard
    ? await payAsBuyer(collectionId, customer, { payment_method: "pm_card_visa", save_card: true })
    : await payByCard(collectionId, "pm_card_visa")
  expect(paid.status, JSON.stringify(paid.body)).toBe(200)
  const completed = await completeCart(cartId)
  expect(completed.body.type, JSON.stringify(completed.body)).toBe("order")
  const order = completed.body.order as { id: string; display_id: number }
  await captured(order.id)
  return order
}

const one = async <T>(sql: string, params: unknown[]): Promise<T> =>
  withDb(async (db) => {
    const { rows } = await db.query(sql, params)
    expect(rows[0], sql).toBeDefined()
    return rows[0] as T
  })

export async function securityFixture(label: string): Promise<SecurityFixture> {
  const tag = `${label}-${marker()}`
  const [a, b, customer, hub] = await Promise.all([
    sellingFamily(`${tag}-a`, 20_000, {
      title_en: `Olive soap ${tag}`,
      title_ar: `صابون زيت الزيتون ${tag}`,
      stock: 100,
    }),
    approvedFamily(`${tag}-b`),
    buyer(`${tag}-buyer`),
    staffToken("hub").then(bearer),
  ])
  // Three independent chains at once: the order that goes all the way, the order that waits, and the rest.
  const [done, waiting, rest] = await Promise.all([
    deliveredReviewedAndPaid(a, customer, hub, tag),
    (async () => {
      // Paid with a card the buyer saves, so the saved-card routes have a card of theirs to act on.
      const order = await cardOrderOf([a.product.handle], customer, true)
      const [consignment] = await openedConsignments(order.id, 1)
      const [savedCard] = await savedCards(customer)
      return { order, consignment, savedCardId: savedCard?.id as string }
    })(),
    inviteFailedJobAndCart(a, tag),
  ])
  const [family, document, familyOrder, openFamilyOrder, ledger] = await Promise.all([
    one<{ name_en: string; name_ar: string; handle: string }>(
      "select name_en, name_ar, handle from family where id = $1",
      [a.familyId],
    ),
    one<{ id: string }>("select id from family_document where family_id = $1 and deleted_at is null", [
      a.familyId,
    ]),
    familyOrderOf(done.order.id, a.familyId),
    familyOrderOf(waiting.order.id, a.familyId),
    withDb(
      async (db) => (await db.query("select id from ledger_entry where family_id = $1", [a.familyId])).rows,
    ),
  ])
  expect(ledger.length, "A's ledger lines").toBeGreaterThan(0)

  return {
    a: { ...a, ...family },
    b,
    buyer: customer,
    deliveredOrder: done.order,
    openOrder: waiting.order,
    familyOrderId: familyOrder?.id as string,
    openFamilyOrderId: openFamilyOrder?.id as string,
    consignment: { id: waiting.consignment?.id as string, code: waiting.consignment?.code as string },
    deliveredConsignment: { id: done.consignment.id, code: done.consignment.code },
    shipmentId: done.shipmentId,
    lineItemId: done.lineItemId,
    reviewId: done.reviewId,
    documentId: document.id,
    inviteEmail: rest.inviteEmail,
    payoutId: done.payout.id,
    batchId: done.payout.batch_id,
    runId: done.payout.run_id,
    jobId: done.jobId,
    failedJobId: rest.failedJobId,
    cartId: rest.cartId,
    ledgerIds: ledger.map((row) => row.id as string),
    savedCardId: waiting.savedCardId,
  }
}

/** Order 1 goes all the way: drop-off, hub, shipment, delivery, the buyer's review, release, a payout run. */
async function deliveredReviewedAndPaid(
  a: SellingFamily,
  customer: { email: string; token: string },
  hub: Record<string, string>,
  tag: string,
) {
  const [order] = await Promise.all([cardOrderOf([a.product.handle], customer), setBankAccount(a)])
  const [consignment] = await openedConsignments(order.id, 1)
  await markReady(a.token, order.id, a.familyId)
  const shipment = await receiveAll(hub, [consignment?.id as string], order.id)
  await shipAndDeliver(hub, shipment.id, `SEC${Date.now()}`)
  const { line_item_id: lineItemId } = await one<{ line_item_id: string }>(
    `select oli.id as line_item_id from order_item oi
       join order_line_item oli on oli.id = oi.item_id and oli.deleted_at is null
      where oi.order_id = $1 and oi.deleted_at is null`,
    [order.id],
  )
  const reviewed = await api("/store/reviews", {
    method: "POST",
    headers: { ...withPublishableKey(), ...bearer(customer.token) },
    body: { order_id: order.id, line_item_id: lineItemId, rating: 4, text: `Lovely soap ${tag}` },
  })
  expect(reviewed.status, JSON.stringify(reviewed.body)).toBe(201)
  await promoteAndWait(`release-funds-${order.id}-${a.familyId}`, "payouts")

  // The run pays A (and anyone else above the threshold): a pending payout in a batch awaiting approval.
  const started = await api("/admin/payout-runs", {
    method: "POST",
    headers: await finance(),
    body: { threshold: 10_000 },
  })
  expect(started.status, JSON.stringify(started.body)).toBe(202)
  const jobId = (started.body.job as { job_id: string }).job_id
  const queue = rawQueue("payouts")
  try {
    await finishedJob(queue, jobId)
  } finally {
    await queue.close()
  }
  const payout = await one<{ id: string; batch_id: string; run_id: string }>(
    "select id, batch_id, run_id from payout where family_id = $1 and deleted_at is null",
    [a.familyId],
  )
  expect(payout.batch_id, "the payout's batch").toBeTruthy()
  return {
    order,
    consignment: consignment as { id: string; code: string },
    shipmentId: shipment.id,
    lineItemId,
    reviewId: (reviewed.body.review as { id: string }).id,
    payout,
    jobId,
  }
}

/** A member invite from A, a job that failed for good, a buyer's cart. */
async function inviteFailedJobAndCart(a: SellingFamily, tag: string) {
  const inviteEmail = `invitee-${tag}@families.test`
  const invited = await api("/seller/members/invites", {
    method: "POST",
    headers: bearer(a.token),
    body: { email: inviteEmail },
  })
  expect(invited.status, JSON.stringify(invited.body)).toBeLessThan(300)
  const badJob = `sec-bad-payload-${tag}`
  const notifications = rawQueue("notifications")
  try {
    await notifications.add("send", { template: "test", to: {} }, { jobId: badJob, attempts: 1 })
  } finally {
    await notifications.close()
  }
  const failedJob = await waitFor(
    () =>
      withDb(async (db) => (await db.query("select id from failed_job where job_id = $1", [badJob])).rows[0]),
    { what: "the failed_job row" },
  )
  const cartId = await cartWith("eur", "de", [a.product.handle])
  return { inviteEmail, failedJobId: failedJob.id as string, cartId }
}

/**
 * What each path param stands for, keyed by the path segment before it (`families/:id` is a family). An area's
 * own entry wins (`/seller/orders/:id` is a family's child order, `/admin/orders/:id` the buyer's order). A param
 * not in here fails the suites: a new kind of id needs a row above and a line here.
 */
const PARAM_KINDS: Record<string, string> = {
  "consignments/:id": "consignment",
  "families/:id": "family",
  "families/:handle": "family_handle",
  "documents/:document_id": "family_document",
  "family-orders/:id": "family_order",
  "jobs/:id": "job",
  "failed/:id": "failed_job",
  "listings/:id": "product",
  "products/:id": "product",
  "favourites/:product_id": "product",
  "catalog/:handle": "product_handle",
  "orders/:id": "order",
  "seller/orders/:id": "family_order",
  "payout-batches/:id": "payout_batch",
  "payouts/:id": "payout",
  "reviews/:id": "review",
  "shipments/:id": "shipment",
  "carts/:id": "cart",
  "carrier/:carrier": "carrier",
  "payment-methods/:id": "saved_card",
}

export function paramKind(area: string, segment: string, name: string): string | undefined {
  return PARAM_KINDS[`${area}/${segment}/:${name}`] ?? PARAM_KINDS[`${segment}/:${name}`]
}

/** The fixture's row of each kind. */
export function idsByKind(f: SecurityFixture): Record<string, string> {
  return {
    consignment: f.consignment.id,
    family: f.a.familyId,
    family_handle: f.a.handle,
    family_document: f.documentId,
    family_order: f.familyOrderId,
    job: f.jobId,
    failed_job: f.failedJobId,
    product: f.a.product.id,
    product_handle: f.a.product.handle,
    order: f.deliveredOrder.id,
    payout_batch: f.batchId,
    payout: f.payoutId,
    review: f.reviewId,
    shipment: f.shipmentId,
    cart: f.cartId,
    carrier: "aramex",
    saved_card: f.savedCardId,
  }
}
