import { afterAll, describe, expect, it } from "vitest"
import { paidOrder, paymentOfOrder, paymentTimingSummary, timed } from "../../support/card-checkout"
import { api, asAdmin, withDb } from "../../support/context"
import {
  delivered,
  emulator,
  eventsAbout,
  processed,
  recordedEvent,
  stripeClient,
} from "../../support/stripe"
import { waitFor } from "../../support/wait-for"

afterAll(() => {
  console.log(`[payments] refund and dispute timings:\n  ${paymentTimingSummary()}`)
})

const cents = (major: number) => Math.round(major * 100)

function refundThroughAdmin(paymentId: string, amount: number) {
  return timed("POST /admin/payments/:id/refund", () =>
    api(`/admin/payments/${paymentId}/refund`, { method: "POST", headers: asAdmin(), body: { amount } }),
  )
}

/** Resends an event to the backend and waits until both deliveries are answered. */
async function resend(eventId: string) {
  const resent = await emulator(`/_emulator/events/${eventId}/resend`, { method: "POST" })
  expect(resent.status, JSON.stringify(resent.body)).toBe(200)
  return waitFor(
    async () => {
      const list = await delivered(eventId)
      return list.length === 2 && list.every((delivery) => delivery.status === "succeeded") ? list : undefined
    },
    { what: `the second delivery of ${eventId}` },
  )
}

describe("refunds", () => {
  it("sends a partial and then a full refund from Medusa's admin to Stripe", async () => {
    const { order, intentId, payment } = await paidOrder()
    const total = Number(payment.amount)
    const stripe = stripeClient()

    const partial = await refundThroughAdmin(payment.id, 5)
    expect(partial.status, JSON.stringify(partial.body)).toBe(200)
    const afterPartial = await paymentOfOrder(order.id)
    expect(afterPartial?.refunds).toHaveLength(1)
    let refunds = (await stripe.refunds.list({ payment_intent: intentId })).data
    expect(refunds).toHaveLength(1)
    expect(refunds[0]).toMatchObject({
      amount: 500,
      status: "succeeded",
      metadata: { medusa_refund_id: afterPartial?.refunds[0]?.id },
    })

    const rest = Math.round((total - 5) * 100) / 100
    const full = await refundThroughAdmin(payment.id, rest)
    expect(full.status, JSON.stringify(full.body)).toBe(200)
    refunds = (await stripe.refunds.list({ payment_intent: intentId })).data
    expect(refunds.map((refund) => refund.amount).sort((a, b) => a - b)).toEqual(
      [500, cents(rest)].sort((a, b) => a - b),
    )
    const charge = await stripe.charges.retrieve(refunds[0]?.charge as string)
    expect(charge).toMatchObject({ refunded: true, amount_refunded: cents(total) })

    // Stripe reports both refunds back; they are Medusa's own and are not recorded again.
    for (const event of await eventsAbout("charge.refunded", intentId)) {
      expect((await processed(event.id)).outcome).toMatch(/through Medusa/)
    }
    expect((await paymentOfOrder(order.id))?.refunds).toHaveLength(2)

    const tooMuch = await refundThroughAdmin(payment.id, 1)
    expect(tooMuch.status).toBe(400)
    expect((await stripe.refunds.list({ payment_intent: intentId })).data).toHaveLength(2)
  })

  it("records a refund made in Stripe's dashboard on the order once, even when Stripe sends the event twice", async () => {
    const { order, intentId } = await paidOrder()
    const refund = await stripeClient().refunds.create({ payment_intent: intentId, amount: 300 })
    const [event] = await eventsAbout("charge.refunded", intentId)
    expect((await processed(event?.id as string)).outcome).toMatch(/recorded 1 refund/)
    const recorded = async () =>
      (await paymentOfOrder(order.id))?.refunds.filter(
        (row) => row.metadata?.stripe_refund_id === refund.id,
      ) ?? []
    expect(await recorded()).toHaveLength(1)
    expect(Number((await recorded())[0]?.amount)).toBe(3)

    await resend(event?.id as string)
    expect(await recorded()).toHaveLength(1)
    const transactions = await withDb(async (db) => {
      const { rows } = await db.query(
        "select amount from order_transaction where order_id = $1 and reference = 'refund' and deleted_at is null",
        [order.id],
      )
      return rows
    })
    expect(transactions.map((row) => Number(row.amount))).toEqual([-3])
  })
})

type DisputeRow = { id: string; order_id: string; payment_id: string; amount: number; reason: string }
type OutboxRow = {
  recipient: string
  status: string
  subject_en: string
  subject_ar: string
  body_en: string
  body_ar: string
}

describe("disputes", () => {
  it("records a dispute on its order and tells the ministry in Arabic and English, once", async () => {
    const { order, intentId, payment } = await paidOrder()
    const intent = await stripeClient().paymentIntents.retrieve(intentId)
    const opened = await timed("dispute opened -> recorded (webhook + job)", async () => {
      const response = await emulator(`/_emulator/charges/${intent.latest_charge}/dispute`, {
        body: { reason: "product_not_received" },
      })
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      const [event] = await eventsAbout("charge.dispute.created", response.body.id as string)
      await processed(event?.id as string)
      return { disputeId: response.body.id as string, eventId: event?.id as string }
    })

    const disputes = () =>
      withDb(
        async (db) => (await db.query("select * from stripe_dispute where id = $1", [opened.disputeId])).rows,
      )
    const [dispute] = (await disputes()) as DisputeRow[]
    expect(dispute).toMatchObject({
      order_id: order.id,
      payment_id: payment.id,
      amount: intent.amount,
      reason: "product_not_received",
    })

    const messages = () =>
      withDb(async (db) => {
        const { rows } = await db.query(
          "select * from notification_outbox where template = 'payment_disputed' and idempotency_key like $1",
          [`stripe-dispute-${opened.disputeId}-%`],
        )
        return rows as OutboxRow[]
      })
    const sent = await waitFor(
      async () => {
        const rows = await messages()
        return rows.length >= 2 && rows.every((row) => row.status === "sent") ? rows : undefined
      },
      { what: "the ministry's dispute messages" },
    )
    expect(sent.map((row) => row.recipient)).toEqual(
      expect.arrayContaining(["admin@usra.jo", "finance@usra.jo"]),
    )
    const [message] = sent
    expect(message?.subject_en).toBe(`Card payment disputed: order #${order.display_id}`)
    expect(message?.subject_ar).toContain(`#${order.display_id}`)
    expect(message?.body_en).toContain("the buyer says the goods never arrived")
    expect(message?.body_ar).toContain("يقول المشتري إن البضاعة لم تصل")
    expect(message?.body_en).toContain(opened.disputeId)

    await resend(opened.eventId)
    expect((await recordedEvent(opened.eventId))?.status).toBe("processed")
    expect(await disputes()).toHaveLength(1)
    expect(await messages()).toHaveLength(sent.length)
  })
})
