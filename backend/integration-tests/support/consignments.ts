import { expect, inject } from "vitest"
import { signCarrierPayload } from "../../src/lib/carriers/signature"
import { bearer, login } from "./actors"
import { captured, cardCartWith, completeCart, intentOfCart, payByCard } from "./card-checkout"
import { DEMO_FAMILY } from "./checkout"
import { api, withDb, withPublishableKey } from "./context"
import { rawQueue } from "./queue"
import { waitFor } from "./wait-for"

export type ConsignmentRow = {
  id: string
  order_id: string
  family_id: string
  family_order_id: string
  code: string
  hub: string
  status: string
  items: { line_item_id: string; title: string; quantity: number }[]
  dropoff_deadline: Date
  reminder_sent_at: Date | null
  escalated_at: Date | null
  refund_id: string | null
}

/** A customer with a login, so the order can be read back through the store API as its buyer. */
export async function buyer(label: string) {
  const email = `${label}-${Date.now()}@buyers.test`
  const password = "a-strong-password-7"
  const key = withPublishableKey()
  const registered = await api("/auth/customer/emailpass/register", {
    method: "POST",
    body: { email, password },
    headers: key,
  })
  expect(registered.status, JSON.stringify(registered.body)).toBe(200)
  const created = await api("/store/customers", {
    method: "POST",
    body: { email },
    headers: { ...key, ...bearer(registered.body.token as string) },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(200)
  return { email, token: await login("customer", email, password) }
}

/**
 * One light, well-stocked published product from each of `count` approved families, the demo family first (its
 * login is known): these tests place several orders and must not run a product out of stock.
 */
export function stockedProductsOfFamilies(count: number): Promise<{ handle: string; family_id: string }[]> {
  return withDb(async (db) => {
    const { rows } = await db.query(
      `select * from (
         select distinct on (f.id) p.handle, f.id as family_id,
                exists (select 1 from family_member m where m.family_id = f.id and m.email = $2) as demo,
                il.stocked_quantity - il.reserved_quantity as available
           from product p
           join family_family_product_product l on l.product_id = p.id and l.deleted_at is null
           join family f on f.id = l.family_id and f.status = 'approved'
           join product_variant v on v.product_id = p.id and v.deleted_at is null
           join product_variant_inventory_item pvi on pvi.variant_id = v.id and pvi.deleted_at is null
           join inventory_level il on il.inventory_item_id = pvi.inventory_item_id and il.deleted_at is null
          where p.status = 'published' and p.deleted_at is null and coalesce(v.weight, 0) <= 2000
          order by f.id, il.stocked_quantity - il.reserved_quantity desc, p.handle) per_family
        order by demo desc, available desc
        limit $1`,
      [count, DEMO_FAMILY.email],
    )
    return rows.map(({ handle, family_id }) => ({ handle, family_id }))
  })
}

/**
 * A card order (EUR, to Germany) with one product from each of `families` approved families, the demo family's
 * first; paid, captured. With a buyer, the cart is the buyer's before it is paid.
 */
export async function cardOrderOfFamilies(families: number, customer?: { email: string; token: string }) {
  const products = await stockedProductsOfFamilies(families)
  expect(products).toHaveLength(families)
  const email = customer?.email ?? `consignment-buyer-${Date.now()}@example.com`
  const { cartId, collectionId } = await cardCartWith(
    "eur",
    "de",
    products.map((product) => product.handle),
    email,
  )
  if (customer) {
    const mine = await api(`/store/carts/${cartId}/customer`, {
      method: "POST",
      headers: { ...withPublishableKey(), ...bearer(customer.token) },
    })
    expect(mine.status, JSON.stringify(mine.body)).toBe(200)
  }
  const paid = await payByCard(collectionId, "pm_card_visa")
  expect(paid.status, JSON.stringify(paid.body)).toBe(200)
  const completed = await completeCart(cartId)
  expect(completed.body.type, JSON.stringify(completed.body)).toBe("order")
  const order = completed.body.order as { id: string; display_id: number; email: string }
  const payment = await captured(order.id)
  return { order, products, payment, intentId: await intentOfCart(cartId), email }
}

export const consignmentsOf = (orderId: string) =>
  withDb(async (db) => {
    const { rows } = await db.query(
      "select * from consignment where order_id = $1 and deleted_at is null order by family_id",
      [orderId],
    )
    return rows as ConsignmentRow[]
  })

/** Waits for the split and the consignment job: one consignment per family of the order. */
export const openedConsignments = (orderId: string, count: number) =>
  waitFor(
    async () => {
      const rows = await consignmentsOf(orderId)
      return rows.length === count ? rows : undefined
    },
    { what: `${count} consignments of ${orderId}` },
  )

export const consignmentById = async (id: string) =>
  withDb(
    async (db) => (await db.query("select * from consignment where id = $1", [id])).rows[0] as ConsignmentRow,
  )

export const familyOrderStatus = (id: string) =>
  withDb(
    async (db) =>
      (await db.query("select status from family_order where id = $1", [id])).rows[0]?.status as string,
  )

export const shipmentOf = (orderId: string) =>
  withDb(async (db) => {
    const { rows } = await db.query("select * from shipment where order_id = $1 and deleted_at is null", [
      orderId,
    ])
    return rows[0] as
      | {
          id: string
          status: string
          carrier: string
          tracking_number: string | null
          fulfillment_id: string | null
        }
      | undefined
  })

export const outboxRows = (template: string, param: string, value: string) =>
  withDb(async (db) => {
    const { rows } = await db.query(
      "select recipient, status, transport, params, body_en, body_ar from notification_outbox where template = $1 and params->>$2 = $3 order by recipient",
      [template, param, value],
    )
    return rows as {
      recipient: string
      status: string
      transport: string | null
      params: Record<string, unknown>
      body_en: string
      body_ar: string
    }[]
  })

/** A BullMQ job of this run, straight from the queue's Redis. */
export async function queuedJob(queueName: string, jobId: string) {
  const queue = rawQueue(queueName)
  try {
    const job = await queue.getJob(jobId)
    return job ? { job, state: await job.getState() } : undefined
  } finally {
    await queue.close()
  }
}

/** Runs a delayed job now (the test's clock) and waits until it has finished. */
export async function promoteAndWait(jobId: string, queueName = "fulfilment") {
  const queue = rawQueue(queueName)
  try {
    // The consignment job schedules its delayed jobs right after it creates the rows.
    const job = await waitFor(async () => await queue.getJob(jobId), {
      what: `job ${jobId}`,
      timeoutMs: 15_000,
    })
    expect(await job.getState()).toBe("delayed")
    await job.promote()
    const finished = await waitFor(
      async () => {
        const state = await queue.getJobState(jobId)
        return state === "completed" || state === "failed" ? await queue.getJob(jobId) : undefined
      },
      { what: `job ${jobId} to finish`, timeoutMs: 45_000 },
    )
    if (!finished?.finishedOn || finished.failedReason)
      throw new Error(`job ${jobId} failed: ${finished?.failedReason}`)
    return finished.returnvalue as Record<string, unknown>
  } finally {
    await queue.close()
  }
}

/** Posts a tracking update as a carrier would, signed with this run's secret (or as given). */
export function postCarrierEvent(
  carrier: string,
  body: Record<string, unknown>,
  options: { secret?: string; signature?: string | null } = {},
) {
  const raw = JSON.stringify(body)
  const secret = options.secret ?? (inject("serverEnv").CARRIER_WEBHOOK_SECRET as string)
  const signature = options.signature === undefined ? signCarrierPayload(raw, secret) : options.signature
  return api(`/hooks/carrier/${carrier}`, {
    method: "POST",
    rawBody: raw,
    headers: { "content-type": "application/json", ...(signature ? { "x-usra-signature": signature } : {}) },
  })
}

export const returnWindowMs = () => Number(inject("serverEnv").RETURN_WINDOW_DAYS ?? 14) * 24 * 3_600_000
