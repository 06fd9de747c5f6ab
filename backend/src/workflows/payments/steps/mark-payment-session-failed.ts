import { Modules, PaymentSessionStatus } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type MarkPaymentSessionFailedInput = {
  session_id: string
  amount: number
  currency_code: string
  data: Record<string, unknown>
  /** What the session becomes: failed (the default), or canceled when Stripe canceled the intent. */
  status?: PaymentSessionStatus.ERROR | PaymentSessionStatus.CANCELED
}

export const markPaymentSessionFailedStepId = "mark-payment-session-failed"

export const markPaymentSessionFailedStep = createStep(
  markPaymentSessionFailedStepId,
  async (input: MarkPaymentSessionFailedInput, { container }) => {
    const payment = container.resolve(Modules.PAYMENT)
    const before = await payment.retrievePaymentSession(input.session_id, {
      select: ["id", "status", "data"],
    })
    const session = await payment.updatePaymentSession({
      id: input.session_id,
      amount: input.amount,
      currency_code: input.currency_code,
      data: input.data,
      status: input.status ?? PaymentSessionStatus.ERROR,
    })
    return new StepResponse(session, { ...input, data: before.data ?? {}, status: before.status })
  },
  async (previous, { container }) => {
    if (!previous) return
    await container.resolve(Modules.PAYMENT).updatePaymentSession({
      id: previous.session_id,
      amount: previous.amount,
      currency_code: previous.currency_code,
      data: previous.data,
      status: previous.status,
    })
  },
)
