import type Stripe from "stripe"
import { describe, expect, it } from "vitest"
import { rejection, startEmulator } from "./helpers"

const params = { amount: 2_000, currency: "jod", payment_method: "pm_card_visa", confirm: true }

async function injectFault(url: string, fault: Record<string, unknown>) {
  const res = await fetch(`${url}/_emulator/faults`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(fault),
  })
  expect(res.status).toBe(200)
  return res.json() as Promise<{ id: string; remaining: number }>
}

describe("fault injection", () => {
  it("fails with a 500 the SDK sees; a retry with the same key then succeeds exactly once", async () => {
    const { stripe, url, emulator } = await startEmulator()
    await injectFault(url, { path: "/v1/payment_intents", method: "POST", status: 500, count: 1 })

    const err = await rejection(stripe.paymentIntents.create(params, { idempotencyKey: "order_7_payment" }))
    expect(err.type).toBe("StripeAPIError")
    expect(err.statusCode).toBe(500)
    expect(emulator.state.paymentIntents.size).toBe(0)

    const intent = await stripe.paymentIntents.create(params, { idempotencyKey: "order_7_payment" })
    expect(intent.status).toBe("succeeded")
    const replay = await stripe.paymentIntents.create(params, { idempotencyKey: "order_7_payment" })
    expect(replay.id).toBe(intent.id)
    expect(replay.lastResponse.headers["idempotent-replayed"]).toBe("true")
    expect((await stripe.paymentIntents.list()).data).toHaveLength(1)
    expect(emulator.state.charges.size).toBe(1)
  })

  it("lets the SDK's own retries (same generated key) get through", async () => {
    const { client, emulator } = await startEmulator()
    emulator.injectFault({ path: "/v1/payment_intents", status: 503, count: 2 })
    const stripe = client("sk_test_emulator", { maxNetworkRetries: 2 })
    const intent = await stripe.paymentIntents.create(params)
    expect(intent.status).toBe("succeeded")
    expect(emulator.state.paymentIntents.size).toBe(1)
  })

  it("loses the response after the request ran: the retry replays the saved result", async () => {
    const { stripe, url, emulator } = await startEmulator()
    await injectFault(url, { path: "/v1/payment_intents", status: 500, phase: "after" })
    const err = await rejection(stripe.paymentIntents.create(params, { idempotencyKey: "k_after" }))
    expect(err.statusCode).toBe(500)
    expect(emulator.state.paymentIntents.size).toBe(1)
    const retried = await stripe.paymentIntents.create(params, { idempotencyKey: "k_after" })
    expect(retried.lastResponse.headers["idempotent-replayed"]).toBe("true")
    expect(retried.id).toBe([...emulator.state.paymentIntents.keys()][0])
  })

  it("drops the connection after running: the SDK's automatic reconnect replays", async () => {
    const { stripe, emulator } = await startEmulator()
    emulator.injectFault({ path: "/v1/payment_intents", drop: true, phase: "after" })
    const intent = await stripe.paymentIntents.create(params)
    expect(intent.lastResponse.headers["idempotent-replayed"]).toBe("true")
    expect(emulator.state.paymentIntents.size).toBe(1)
  })

  it("delays a response past the client's timeout; the same key is busy (409), then replays", async () => {
    const { client, emulator } = await startEmulator()
    emulator.injectFault({ path: "/v1/payment_intents", delay_ms: 400 })
    const impatient = client("sk_test_emulator", { timeout: 100 })
    const timedOut = await rejection(impatient.paymentIntents.create(params, { idempotencyKey: "k_slow" }))
    expect(timedOut.type).toBe("StripeConnectionError")

    const busy = await rejection(client().paymentIntents.create(params, { idempotencyKey: "k_slow" }))
    expect(busy.statusCode).toBe(409)
    expect(busy.code).toBe("idempotency_key_in_use")

    await new Promise((resolve) => setTimeout(resolve, 700))
    const intent = await client().paymentIntents.create(params, { idempotencyKey: "k_slow" })
    expect(intent.lastResponse.headers["idempotent-replayed"]).toBe("true")
    expect(emulator.state.paymentIntents.size).toBe(1)
  })

  it("records the idempotency key of every request a fault hit", async () => {
    const { client, emulator } = await startEmulator()
    const fault = emulator.injectFault({ path: "/v1/payment_intents", status: 500, count: 2 })
    const retrying = client("sk_test_emulator", { maxNetworkRetries: 2 })
    await retrying.paymentIntents.create(params, { idempotencyKey: "k_retried" })
    expect(fault.hits).toBe(2)
    expect(fault.idempotency_keys).toEqual(["k_retried", "k_retried"])
  })

  it("matches by path prefix and method, and counts down", async () => {
    const { stripe, url } = await startEmulator()
    await injectFault(url, { path: "/v1/customers*", method: "GET", status: 429, count: 2 })
    const customer = await stripe.customers.create({ email: "x@example.com" })
    const limited = await rejection(stripe.customers.retrieve(customer.id))
    expect(limited.type).toBe("StripeRateLimitError")
    await rejection(stripe.customers.list())
    expect((await stripe.customers.list()).data).toHaveLength(1)
    const listed = (await (await fetch(`${url}/_emulator/faults`)).json()) as {
      data: Array<{ hits: number }>
    }
    expect(listed.data[0]?.hits).toBe(2)
  })

  it("resets everything but the configured endpoints", async () => {
    const { stripe, url, emulator } = await startEmulator({
      webhookUrl: "http://127.0.0.1:9/x",
      webhookSecret: "whsec_x",
    })
    emulator.injectFault({ path: "/v1/refunds", status: 500 })
    await stripe.paymentIntents.create(params, { idempotencyKey: "k_reset" })
    const res = await fetch(`${url}/_emulator/reset`, { method: "POST" })
    expect(await res.json()).toEqual({ reset: true })
    expect(emulator.state.paymentIntents.size).toBe(0)
    expect(emulator.events()).toHaveLength(0)
    expect(emulator.deliveries()).toHaveLength(0)
    const endpoints = await stripe.webhookEndpoints.list()
    expect(endpoints.data.map((e: Stripe.WebhookEndpoint) => e.id)).toEqual(
      emulator.webhookEndpoints.map((e) => e.id),
    )
    const again = await stripe.paymentIntents.create(params, { idempotencyKey: "k_reset" })
    expect(again.lastResponse.headers["idempotent-replayed"]).toBeUndefined()
  })
})
