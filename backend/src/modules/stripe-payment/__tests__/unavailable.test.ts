import Stripe from "stripe"
import { describe, expect, it } from "vitest"
import { isPaymentProviderUnavailableError, stripeFailure } from "../errors"

const apiError = (statusCode: number) =>
  Stripe.errors.StripeError.generate({ type: "api_error", message: "boom", statusCode } as never)

describe("a Stripe failure past the SDK's retries", () => {
  it("is 'unavailable' for no answer, timeouts, 409, 429 and 5xx, even after a workflow copied it", () => {
    const timeout = new Stripe.errors.StripeConnectionError({
      message: "Request aborted due to timeout",
    } as never)
    for (const error of [timeout, apiError(500), apiError(503), apiError(429), apiError(409)]) {
      const failure = stripeFailure("start the card payment", error)
      expect(isPaymentProviderUnavailableError(failure)).toBe(true)
      expect(failure.message).toMatch(/could not start the card payment/)
      expect(
        isPaymentProviderUnavailableError({ ...failure, name: failure.name, message: failure.message }),
      ).toBe(true)
    }
  })

  it("stays a refusal for a declined card or a bad request", () => {
    const declined = Stripe.errors.StripeError.generate({
      type: "card_error",
      message: "Your card was declined.",
      code: "card_declined",
    } as never)
    const invalid = Stripe.errors.StripeError.generate({
      type: "invalid_request_error",
      message: "No such payment_intent",
      statusCode: 404,
    } as never)
    expect(isPaymentProviderUnavailableError(stripeFailure("pay", declined))).toBe(false)
    expect(isPaymentProviderUnavailableError(stripeFailure("pay", invalid))).toBe(false)
  })
})
