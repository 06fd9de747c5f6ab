import { PaymentActions, PaymentSessionStatus } from "@medusajs/framework/utils"
import type Stripe from "stripe"
import { describe, expect, it } from "vitest"
import { sessionStatusOf, webhookActionOf } from "../intent-status"

const decline = {
  code: "card_declined",
  message: "Your card was declined.",
} as Stripe.PaymentIntent.LastPaymentError
const intent = (status: Stripe.PaymentIntent.Status, error: typeof decline | null = null) => ({
  status,
  last_payment_error: error,
})

describe("sessionStatusOf", () => {
  it.each([
    ["requires_capture", PaymentSessionStatus.AUTHORIZED],
    ["succeeded", PaymentSessionStatus.CAPTURED],
    ["requires_action", PaymentSessionStatus.REQUIRES_MORE],
    ["canceled", PaymentSessionStatus.CANCELED],
    ["requires_payment_method", PaymentSessionStatus.PENDING],
    ["requires_confirmation", PaymentSessionStatus.PENDING],
    ["processing", PaymentSessionStatus.PENDING],
  ] as const)("maps %s to %s", (status, expected) => {
    expect(sessionStatusOf(intent(status))).toBe(expected)
  })

  it("treats an intent that lost its card to a decline as failed", () => {
    expect(sessionStatusOf(intent("requires_payment_method", decline))).toBe(PaymentSessionStatus.ERROR)
  })
})

describe("webhookActionOf", () => {
  it("asks Medusa to authorize, capture or do nothing, from the intent's current state", () => {
    expect(webhookActionOf(intent("requires_capture"))).toBe(PaymentActions.AUTHORIZED)
    expect(webhookActionOf(intent("succeeded"))).toBe(PaymentActions.SUCCESSFUL)
    expect(webhookActionOf(intent("requires_action"))).toBe(PaymentActions.REQUIRES_MORE)
    expect(webhookActionOf(intent("canceled"))).toBe(PaymentActions.CANCELED)
    expect(webhookActionOf(intent("requires_payment_method", decline))).toBe(PaymentActions.FAILED)
    expect(webhookActionOf(intent("requires_payment_method"))).toBe(PaymentActions.PENDING)
  })
})
