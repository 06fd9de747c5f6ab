import Stripe from "stripe"
import { describe, expect, it } from "vitest"
import { DEFAULT_API_VERSION } from "../index"
import { rejection, startEmulator } from "./helpers"

describe("errors and protocol", () => {
  it("answers 404 resource_missing for an unknown object", async () => {
    const { stripe } = await startEmulator()
    const err = await rejection(stripe.paymentIntents.retrieve("pi_missing"))
    expect(err).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(err.type).toBe("StripeInvalidRequestError")
    expect(err.statusCode).toBe(404)
    expect(err.code).toBe("resource_missing")
    expect(err.param).toBe("id")
    expect(err.message).toBe("No such payment_intent: 'pi_missing'")
    expect(err.doc_url).toBe("https://stripe.com/docs/error-codes/resource-missing")
    expect(err.requestId).toMatch(/^req_/)
  })

  it("names a missing required parameter", async () => {
    const { stripe } = await startEmulator()
    const err = await rejection(
      stripe.paymentIntents.create({ currency: "jod" } as Stripe.PaymentIntentCreateParams),
    )
    expect(err.type).toBe("StripeInvalidRequestError")
    expect(err.statusCode).toBe(400)
    expect(err.code).toBe("parameter_missing")
    expect(err.param).toBe("amount")
    expect(err.message).toBe("Missing required param: amount.")
  })

  it("rejects parameters of the wrong type or out of range", async () => {
    const { stripe, post } = await startEmulator()
    const res = await post("/v1/payment_intents", { amount: "12.5", currency: "jod" })
    expect(res.status).toBe(400)
    const body = (await res.json()) as { error: Record<string, string> }
    expect(body.error).toMatchObject({
      type: "invalid_request_error",
      code: "parameter_invalid_integer",
      param: "amount",
      message: "Invalid integer: 12.5",
    })
    const notTen = await rejection(stripe.paymentIntents.create({ amount: 12_345, currency: "jod" }))
    expect(notTen.code).toBe("invalid_charge_amount")
    const badEnum = await rejection(
      stripe.paymentIntents.create({ amount: 1000, currency: "jod", capture_method: "later" as "manual" }),
    )
    expect(badEnum.param).toBe("capture_method")
    const badLimit = await rejection(stripe.paymentIntents.list({ limit: 101 }))
    expect(badLimit.param).toBe("limit")
  })

  it("requires a test secret key", async () => {
    const { url, client } = await startEmulator()
    const res = await fetch(`${url}/v1/payment_intents`)
    expect(res.status).toBe(401)
    const body = (await res.json()) as { error: { type: string; message: string } }
    expect(body.error.type).toBe("invalid_request_error")
    expect(body.error.message).toContain("You did not provide an API key")

    const live = await rejection(client("sk_live_1234567890abcdef").customers.list())
    expect(live.type).toBe("StripeAuthenticationError")
    expect(live.message).toMatch(/^Invalid API Key provided: sk_live_\*+cdef$/)

    const basic = await fetch(`${url}/v1/customers`, {
      headers: { Authorization: `Basic ${Buffer.from("sk_test_curl:").toString("base64")}` },
    })
    expect(basic.status).toBe(200)
  })

  it("answers unknown routes like Stripe", async () => {
    const { url } = await startEmulator()
    const res = await fetch(`${url}/v1/nothing_here`, { headers: { Authorization: "Bearer sk_test_x" } })
    expect(res.status).toBe(404)
    const body = (await res.json()) as { error: { message: string } }
    expect(body.error.message).toContain("Unrecognized request URL (GET: /v1/nothing_here)")
  })

  it("sends request-id and echoes Stripe-Version", async () => {
    const { url, stripe } = await startEmulator()
    const res = await fetch(`${url}/v1/customers`, {
      headers: { Authorization: "Bearer sk_test_x", "Stripe-Version": "2024-06-20" },
    })
    expect(res.headers.get("request-id")).toMatch(/^req_/)
    expect(res.headers.get("stripe-version")).toBe("2024-06-20")
    expect(res.headers.get("content-type")).toBe("application/json")
    const list = await stripe.customers.list()
    expect(list.lastResponse.apiVersion).toBe(Stripe.API_VERSION)
    expect(DEFAULT_API_VERSION).toBe(Stripe.API_VERSION)
  })
})
