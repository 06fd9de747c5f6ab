import { randomBytes } from "node:crypto"
import { describe, expect, inject, it } from "vitest"
import {
  cardCart,
  completeCart,
  intentOfCart,
  ordersOfCart,
  paidOrder,
  payByCard,
  readStoreCart,
} from "../../support/card-checkout"
import { withDb } from "../../support/context"
import { finishedJob } from "../../support/payouts"
import { rawQueue } from "../../support/queue"
import { redisServer, shutdownRedis } from "../../support/redis-server"
import {
  delivered,
  emulator,
  eventsAbout,
  postWebhook,
  processed,
  recordedEvent,
  recordedEventCount,
  sign,
  stripeClient,
  webhooksSettled,
} from "../../support/stripe"
import { waitFor } from "../../support/wait-for"

/** An event as Stripe would send it; by default of a type Usra ignores, so a valid signature changes no payment. */
function forgedEvent(type = "customer.created", objectId = `cus_${randomBytes(6).toString("hex")}`) {
  const id = `evt_test_${randomBytes(8).toString("hex")}`
  const body = JSON.stringify({
    id,
    object: "event",
    api_version: "2026-10-28.endive",
    created: Math.floor(Date.now() / 1000),
    type,
    data: { object: { id: objectId } },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
  })
  return { id, body }
}

describe("POST /hooks/payment/stripe_stripe", () => {
  it("refuses unsigned, tampered, wrongly signed and stale deliveries with 400, writing nothing", async () => {
    const before = await recordedEventCount()
    const { id, body } = forgedEvent("charge.dispute.created")
    const now = Math.floor(Date.now() / 1000)
    const cases = {
      unsigned: await postWebhook(body),
      tampered: await postWebhook(body.replace('"livemode":false', '"livemode":true'), sign(body)),
      "wrong secret": await postWebhook(body, sign(body, now, `whsec_${randomBytes(16).toString("hex")}`)),
      "older than the 300 s tolerance": await postWebhook(body, sign(body, now - 301)),
      "garbage header": await postWebhook(body, "t=abc,v1=def"),
    }
    for (const [name, response] of Object.entries(cases)) {
      expect(response.status, name).toBe(400)
      expect(String(response.body.message), name).toMatch(/Stripe-Signature|signature/i)
    }
    expect(await recordedEvent(id)).toBeUndefined()
    expect(await recordedEventCount()).toBe(before)
  })

  it("records a correctly signed event once, however often it is delivered", async () => {
    const { id, body } = forgedEvent()
    const first = await postWebhook(body, sign(body))
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body).toMatchObject({ received: true, event_id: id, status: "ignored", duplicate: false })
    const second = await postWebhook(body, sign(body))
    expect(second.body).toMatchObject({ event_id: id, duplicate: true })
    expect((await recordedEvent(id))?.status).toBe("ignored")
  })

  it("records and queues an event once when 5 deliveries of it arrive at once", async () => {
    const { intentId } = await paidOrder()
    const { id, body } = forgedEvent("payment_intent.amount_capturable_updated", intentId)
    const responses = await Promise.all(Array.from({ length: 5 }, () => postWebhook(body, sign(body))))
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200])
    const fresh = responses.filter((response) => response.body.duplicate === false)
    expect(fresh).toHaveLength(1)
    const queue = rawQueue("payments")
    try {
      const jobs = await queue.getJobs(["waiting", "active", "delayed", "completed", "failed"])
      expect(jobs.filter((job) => job.data?.event_id === id)).toHaveLength(1)
    } finally {
      await queue.close()
    }
    expect((await processed(id)).outcome).toBe("already captured in Medusa")
  })

  it("holds an event's job back for the configured delay, so the buyer's own checkout places the order", async () => {
    const delay = Number(inject("serverEnv").STRIPE_WEBHOOK_DELAY_MS)
    expect(delay).toBeGreaterThan(0)
    const { cartId, collectionId } = await cardCart()
    await payByCard(collectionId, "pm_card_visa")
    // Stripe reports the authorization while the buyer's own call is still completing the cart.
    const completed = await completeCart(cartId)
    expect(completed.body.type).toBe("order")
    const [authorized] = await eventsAbout(
      "payment_intent.amount_capturable_updated",
      await intentOfCart(cartId),
    )
    // The event's job ran after the buyer's completion: it found the order, and did not place it itself.
    const { outcome } = await processed(authorized?.id as string)
    expect([
      "already authorized in Medusa",
      "Medusa is capturing it already",
      "already captured in Medusa",
    ]).toContain(outcome)
    expect(await ordersOfCart(cartId)).toHaveLength(1)
    const queue = rawQueue("payments")
    try {
      const [job] = (await queue.getJobs(["completed"])).filter(
        (candidate) => candidate.data?.event_id === authorized?.id,
      )
      expect(job?.opts.delay).toBe(delay)
      expect((job?.processedOn ?? 0) - (job?.timestamp ?? 0)).toBeGreaterThanOrEqual(delay)
    } finally {
      await queue.close()
    }
  })

  it("takes every event the emulator delivers, each recorded once", async () => {
    const { cartId, collectionId } = await cardCart()
    await payByCard(collectionId, "pm_card_visa")
    const completed = await completeCart(cartId)
    expect(completed.body.type).toBe("order")
    const intentId = await intentOfCart(cartId)
    const [authorized] = await eventsAbout("payment_intent.amount_capturable_updated", intentId)
    const deliveries = await delivered(authorized?.id as string)
    expect(deliveries.map((delivery) => delivery.status)).toEqual(["succeeded"])
    expect(deliveries[0]?.attempts.at(-1)?.status_code).toBe(200)
    expect((await processed(authorized?.id as string)).status).toBe("processed")
  })

  it("marks the payment session failed when the bank declines after 3-D Secure, and places no order", async () => {
    const { cartId, collectionId } = await cardCart()
    const { session } = await payByCard(
      collectionId,
      "pm_card_authenticationRequiredChargeDeclinedInsufficientFunds",
    )
    expect((await completeCart(cartId)).body.error).toMatchObject({ type: "payment_requires_more_error" })
    const intentId = await intentOfCart(cartId)
    const authenticated = await emulator(`/_emulator/payment_intents/${intentId}/authenticate`, {
      body: { result: "succeed" },
    })
    expect(authenticated.body.status).toBe("requires_payment_method")

    const [failure] = await eventsAbout("payment_intent.payment_failed", intentId)
    expect((await processed(failure?.id as string)).status).toBe("processed")
    const failed = await waitFor(
      async () => {
        const cart = await readStoreCart(cartId)
        const current = cart.payment_collection.payment_sessions.find(
          (candidate) => candidate.id === session?.id,
        )
        return current?.status === "error" ? current : undefined
      },
      { what: "the session marked failed" },
    )
    expect(failed.data.last_payment_error).toMatchObject({ message: "Your card has insufficient funds." })

    const refused = await completeCart(cartId)
    expect(refused.status).toBe(400)
    expect(await ordersOfCart(cartId)).toEqual([])
    expect((await readStoreCart(cartId)).items).toHaveLength(1)
  })

  it("marks a session canceled when Stripe cancels its intent, so checkout asks for a new card", async () => {
    const { cartId, collectionId } = await cardCart()
    const { session } = await payByCard(collectionId, "pm_card_authenticationRequired")
    expect((await completeCart(cartId)).body.error).toMatchObject({ type: "payment_requires_more_error" })
    const intentId = await intentOfCart(cartId)
    const canceled = await stripeClient().paymentIntents.cancel(intentId, {
      cancellation_reason: "abandoned",
    })
    expect(canceled.status).toBe("canceled")

    const [event] = await waitFor(async () => {
      const events = await eventsAbout("payment_intent.canceled", intentId)
      return events.length ? events : undefined
    })
    expect((await processed(event?.id as string)).outcome).toBe(
      "marked the payment session canceled (abandoned)",
    )
    const current = (await readStoreCart(cartId)).payment_collection.payment_sessions.find(
      (candidate) => candidate.id === session?.id,
    )
    expect(current?.status).toBe("canceled")
    expect((await completeCart(cartId)).status).toBe(400)
    expect(await ordersOfCart(cartId)).toEqual([])
  })

  it("queues again an event whose job was lost, once, and leaves fresh or queued ones alone", async () => {
    const lost = `evt_test_lost_${randomBytes(6).toString("hex")}`
    const fresh = `evt_test_fresh_${randomBytes(6).toString("hex")}`
    await withDb(async (db) => {
      const insert = `insert into processed_stripe_event (id, type, object_id, status, stripe_created_at, created_at)
                      values ($1, 'customer.created', 'cus_sweep', 'received', now(), now() - $2::interval)`
      await db.query(insert, [lost, "1 hour"])
      await db.query(insert, [fresh, "1 minute"])
    })
    const queue = rawQueue("payments")
    try {
      const sweep = (id: string) =>
        queue.add("sweep-stripe-events", { older_than_minutes: 10 }, { jobId: id })
      await sweep(`sweep-${lost}`)
      const first = (await finishedJob(queue, `sweep-${lost}`)) as { requeued: number }
      expect(first.requeued).toBeGreaterThanOrEqual(1)
      await waitFor(async () => (await recordedEvent(lost))?.status === "ignored", { what: "the lost event" })
      expect((await recordedEvent(fresh))?.status).toBe("received")
      // Done now: a second sweep finds nothing of it to do.
      await sweep(`sweep-again-${lost}`)
      expect(await finishedJob(queue, `sweep-again-${lost}`)).toMatchObject({ requeued: 0 })
    } finally {
      await queue.close()
      await withDb((db) => db.query("delete from processed_stripe_event where id = $1", [fresh]))
    }
  })

  it("answers 503 and keeps nothing while the queue's Redis is down, so Stripe delivers again", async () => {
    const { intentId } = await paidOrder()
    const { id, body } = forgedEvent("payment_intent.amount_capturable_updated", intentId)
    // The order's own events wait in Redis for their delay: let them run, or the restart below would lose them.
    await webhooksSettled()
    await shutdownRedis(inject("queueRedisPort"))
    try {
      const down = await postWebhook(body, sign(body))
      expect(down.status).toBe(503)
      expect(await recordedEvent(id)).toBeUndefined()
    } finally {
      // Started detached on the same port; the global teardown shuts it down.
      await redisServer(inject("queueRedisPort"), { detached: true }).start()
    }
    const again = await waitFor(
      async () => {
        const response = await postWebhook(body, sign(body))
        return response.status === 200 ? response : undefined
      },
      { timeoutMs: 30_000, intervalMs: 500, what: "the queue to accept the event again" },
    )
    expect(again.body).toMatchObject({ event_id: id, duplicate: false })
    expect((await processed(id)).outcome).toBe("already captured in Medusa")
  })

  it("processes a delivery whose earlier, undone reception left a job that reached Redis late", async () => {
    const { intentId } = await paidOrder()
    const { id, body } = forgedEvent("payment_intent.amount_capturable_updated", intentId)
    // What a 503 during a Redis blip can leave: the row was undone, but the job still reached the queue.
    const queue = rawQueue("payments")
    try {
      const staleId = `stripe-event-${id}-${Date.now() - 5_000}`
      await queue.add("stripe-event", { event_id: id, received_at: Date.now() - 5_000 }, { jobId: staleId })
      expect(await finishedJob(queue, staleId)).toMatchObject({ event_id: id, skipped: "not recorded" })
    } finally {
      await queue.close()
    }
    const delivered = await postWebhook(body, sign(body))
    expect(delivered.status, JSON.stringify(delivered.body)).toBe(200)
    expect(delivered.body).toMatchObject({ event_id: id, duplicate: false })
    expect((await processed(id)).outcome).toBe("already captured in Medusa")
  })

  it("leaves no event undone and no payment job failed", async () => {
    await webhooksSettled()
    const failed = await withDb(
      async (db) => (await db.query("select name, error from failed_job where queue = 'payments'")).rows,
    )
    expect(failed).toEqual([])
  })
})
