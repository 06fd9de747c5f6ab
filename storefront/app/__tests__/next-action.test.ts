import type { StorePaymentCollection } from "@usra/api-client"
import { describe, expect, it } from "vitest"
import { nextActionOf } from "../modules/checkout/next-action"

const collection = (status: string, data: Record<string, unknown>): StorePaymentCollection => ({
  id: "paycol_1",
  amount: 10,
  currency_code: "eur",
  status: "not_paid",
  payment_sessions: [{ id: "payses_1", provider_id: "pp_stripe_stripe", status, data }],
})

describe("nextActionOf", () => {
  it("reads the challenge page of a PaymentIntent that requires action", () => {
    const answer = collection("requires_more", {
      status: "requires_action",
      client_secret: "pi_1_secret_x",
      next_action: {
        type: "redirect_to_url",
        redirect_to_url: { url: "http://127.0.0.1:12111/_emulator/3ds/pi_1", return_url: "http://shop/x" },
      },
    })
    expect(nextActionOf(answer)).toEqual({
      redirectUrl: "http://127.0.0.1:12111/_emulator/3ds/pi_1",
      clientSecret: "pi_1_secret_x",
    })
  })

  it("leaves Stripe.js's own flow to the client secret", () => {
    const answer = collection("requires_more", {
      status: "requires_action",
      client_secret: "pi_2_secret_y",
      next_action: { type: "use_stripe_sdk", use_stripe_sdk: { type: "three_d_secure_redirect" } },
    })
    expect(nextActionOf(answer)).toEqual({ redirectUrl: null, clientSecret: "pi_2_secret_y" })
  })

  it("is null when the card is authorized, and never follows a URL that is not http(s)", () => {
    expect(nextActionOf(collection("authorized", { status: "requires_capture" }))).toBeNull()
    const hostile = collection("requires_more", {
      status: "requires_action",
      client_secret: "s",
      next_action: { redirect_to_url: { url: "javascript:alert(1)" } },
    })
    expect(nextActionOf(hostile)?.redirectUrl).toBeNull()
  })
})
